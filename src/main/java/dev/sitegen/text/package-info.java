/** Rich text: the digest's Markdown, text-mode LaTeX and math turned into safe HTML or plain text. */
package dev.sitegen.text;
