@echo off
rem jixiao on Windows: needs only a Java 17+ runtime (java on the PATH, or JAVA_HOME).
setlocal
set "JIXIAO_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>nul
if errorlevel 1 (
  echo 未找到 Java。jixiao 需要 Java 17 或更高版本的运行环境（JRE），例如 Eclipse Temurin 17 或 Microsoft Build of OpenJDK 17：
  echo 安装后重新打开命令窗口再试。
  exit /b 1
)
"%JAVA_EXE%" %JIXIAO_JAVA_OPTS% -cp "%JIXIAO_HOME%\lib\*" org.jixiao.app.Main %*
exit /b %errorlevel%
