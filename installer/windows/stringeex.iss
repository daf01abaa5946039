; Inno Setup 6 (6.3 or later) script: the per-user installer of StringeeX Desktop for Windows.
; Installs the PyInstaller folder (build.spec) into %LOCALAPPDATA%\Programs\StringeeX Desktop
; without administrator rights, adds a Start-menu entry (and an optional desktop icon) and
; an uninstaller listed in Settings -> Apps. The data folder (%LOCALAPPDATA%\Stringee\StringeeX
; Desktop) is the person's: the uninstaller leaves it (README, "Uninstalling").
;
;   iscc /DAppVersion=0.1.0 "/DAppDir=C:\...\dist\StringeeX Desktop" "/DOutputDir=C:\...\dist" ^
;        installer\windows\stringeex.iss
; makes OutputDir\StringeeX-Desktop-<version>-setup.exe (.github/workflows/package.yml does this).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef AppDir
  #define AppDir "..\..\dist\StringeeX Desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "StringeeX Desktop"
#define AppExe "StringeeX Desktop.exe"

[Setup]
; AppId identifies the app across versions (upgrades replace it in place): never change it.
AppId={{77E6449F-998A-4C7A-8EBA-0636B798A9E4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=StringeeX
VersionInfoVersion={#AppVersion}
; Per-user install: no UAC prompt; {autopf} is then {userpf} (%LOCALAPPDATA%\Programs) and
; {autoprograms} the person's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; A running copy holds its files open: ask to close it, as on upgrade.
CloseApplications=yes
OutputDir={#OutputDir}
OutputBaseFilename=StringeeX-Desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so files a newer build dropped do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
