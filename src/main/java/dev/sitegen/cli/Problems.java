package dev.sitegen.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A file-system failure said in the user's terms: what happened to which file, without Java class names. */
final class Problems {
    private Problems() {}

    static String describe(IOException e) {
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "folder is not empty";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof FileSystemException fs) {
            what = fs.getReason() == null ? "cannot be used" : fs.getReason();
        } else {
            return e.getMessage() == null ? "input/output error" : e.getMessage();
        }
        FileSystemException fs = (FileSystemException) e;
        return fs.getFile() + ": " + what + (fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")");
    }
}
