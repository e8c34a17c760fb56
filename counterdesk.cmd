@echo off
rem CounterDesk launcher for Windows: builds the app once if needed and runs it.
rem   counterdesk demo       open the desktop app in demo mode
rem   counterdesk --version  print the version
setlocal
set "ROOT=%~dp0"
if "%JAVA_HOME%"=="" (
  echo CounterDesk needs JDK 25: set JAVA_HOME to a JDK 25 installation. 1>&2
  exit /b 1
)
if not exist "%ROOT%app\target\counterdesk-app.jar" (
  echo Building CounterDesk ^(first run^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -B -q -DskipTests -Dspotless.check.skip=true -pl app -am package 1>&2 || (popd & exit /b 1)
  popd
)
"%JAVA_HOME%\bin\java" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 %COUNTERDESK_JAVA_OPTS% -jar "%ROOT%app\target\counterdesk-app.jar" %*
exit /b %ERRORLEVEL%
