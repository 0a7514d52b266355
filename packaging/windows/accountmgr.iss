; Inno Setup 6 script: the Windows installer of accountmgr, from the PyInstaller onedir bundle.
;
; Built by packaging/release.py on Windows, which passes every name and number below from
; packaging/product.py, e.g.
;   iscc /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 /DSourceDir=dist\accountmgr ... accountmgr.iss
; The defaults below only let the script be compiled by hand from this folder.
;
; What a person gets:
; - an install for themselves alone, without administrator rights, in
;   %LOCALAPPDATA%\Programs\accountmgr ({autopf} for a per-user install);
; - a Start menu entry (and a desktop icon if they tick it), with the application's
;   AppUserModelID, so the taskbar groups its windows under that entry;
; - an uninstaller in Settings > Apps, which removes the program and leaves the data
;   (%LOCALAPPDATA%\accountmgr: the database, its backups and attachments);
; - while accountmgr runs, setup and uninstall ask to close it first (AppMutex: the running
;   program holds that mutex, see accountmgr/desktop.py), and offer to close it for them
;   (CloseApplications, through Windows' Restart Manager).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef NumericVersion
  #define NumericVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\accountmgr"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\release"
#endif
#ifndef OutputBase
  #define OutputBase "accountmgr-" + AppVersion + "-windows-x64-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\accountmgr.ico"
#endif
#ifndef AppId
  #define AppId "{6E7C0C52-3F0B-4E55-9D0B-0B8E8F4A2C71}"
#endif
#ifndef AppUserModelId
  #define AppUserModelId "org.accountmgr.accountmgr"
#endif
#ifndef AppMutex
  #define AppMutex "accountmgr-running"
#endif
#ifndef Publisher
  #define Publisher "accountmgr"
#endif
#define AppName "accountmgr"
#define AppExe "accountmgr.exe"

[Setup]
; "{{" is a literal brace: the id is a GUID in braces.
AppId={{#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
AppMutex={#AppMutex}
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no file of the previous version stays beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
