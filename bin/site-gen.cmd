@echo off
rem Runs site-gen in one JVM: bin\site-gen build, bin\site-gen serve, bin\site-gen help.
rem build and check get flags made for a short batch job (C1 only, the serial collector, tight heap
rem targets); serve gets C1 only and a fixed young generation. %JAVA_OPTS% comes last, so a flag given there wins.
rem Uses %JAVA_HOME%\bin\java when JAVA_HOME is set, else java on PATH; %SITE_GEN_JAR% overrides the jar.
setlocal
set "FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10 -XX:NewRatio=4"
set "SERVE_FLAGS=-XX:TieredStopAtLevel=1 -Xmn320m"

set "JAR=%SITE_GEN_JAR%"
if "%JAR%"=="" set "JAR=%~dp0..\target\site-gen.jar"
if not exist "%JAR%" (
  echo site-gen: %JAR% not found; build it first: mvn -q -DskipTests package 1>&2
  exit /b 1
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if "%~1"=="serve" set "FLAGS=%SERVE_FLAGS%"
rem The class-data archive `mvn package` made beside the jar starts a build faster; the JVM ignores a stale one.
if "%SITE_GEN_JAR%"=="" if exist "%~dp0..\target\site-gen.jsa" set "FLAGS=%FLAGS% -XX:SharedArchiveFile="%~dp0..\target\site-gen.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %FLAGS% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
