"""dmgbuild settings: the macOS disk image of accountmgr.app (a window with the application
beside a link to /Applications, to drag it there).

packaging/release.py runs, on macOS,
    dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/accountmgr.app \
        -D icon=build/icons/accountmgr.icns "accountmgr 0.1.0" dist/release/accountmgr-….dmg
dmgbuild executes this file with the -D values in the dictionary `defines`.
"""

import os.path

defines = globals().get("defines", {})  # set by dmgbuild
application = defines.get("app", "dist/accountmgr.app")
app_name = os.path.basename(application)

format = "UDZO"  # zlib: opens on every macOS the application runs on
filesystem = "HFS+"
size = None  # as large as the application needs
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = defines.get("icon")  # the volume's icon: the application's, on a disk
icon_locations = {app_name: (140, 170), "Applications": (420, 170)}
window_rect = ((200, 200), (560, 360))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 112
text_size = 13
