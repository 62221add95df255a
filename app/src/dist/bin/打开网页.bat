@echo off
rem Double-click: starts the jixiao page and opens it in the browser. Closing this window stops it.
setlocal
set "JIXIAO_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>nul
if errorlevel 1 (
  echo 未找到 Java。jixiao 需要 Java 17 或更高版本的运行环境（JRE），例如 Eclipse Temurin 17 或 Microsoft Build of OpenJDK 17：
  echo 安装后再双击本文件。
  pause
  exit /b 1
)
title jixiao 财政资金绩效评价（关闭本窗口即停止）
echo 正在启动 jixiao 网页，浏览器将自动打开；关闭本窗口即停止。
"%JAVA_EXE%" %JIXIAO_JAVA_OPTS% -cp "%JIXIAO_HOME%\lib\*" org.jixiao.app.Main serve --open
if errorlevel 1 pause
