#!/usr/bin/env bash
# Put "StringeeX Desktop.app" (pyinstaller build.spec on macOS) into a .dmg with a link to
# /Applications; sign the .dmg and notarise it when credentials are configured, else skip
# those steps and say so (an unsigned build still runs after right-click -> Open).
#   installer/macos/make_dmg.sh "dist/StringeeX Desktop.app" "dist/StringeeX-Desktop-0.1.0.dmg"
# Environment:
#   MACOS_SIGN_IDENTITY     "Developer ID Application: NAME (TEAMID)" in the keychain; build.spec
#                           signs the app's binaries with it (hardened runtime, entitlements.plist)
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (an app-specific
#                           password): notarise with notarytool and staple the ticket
set -euo pipefail

APP="${1:?usage: make_dmg.sh APP_BUNDLE OUTPUT_DMG}"
DMG="${2:?usage: make_dmg.sh APP_BUNDLE OUTPUT_DMG}"
VOLUME="StringeeX Desktop"

log() { echo "make_dmg: $*" >&2; }

[ -d "$APP/Contents/MacOS" ] || { log "$APP is not an app bundle"; exit 1; }
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    log "MACOS_SIGN_IDENTITY not set: the app keeps PyInstaller's ad-hoc signature"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$APP" "$staging/$(basename "$APP")"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
# ULMO (LZMA) is the smallest format hdiutil makes; macOS 10.15 and later open it.
hdiutil create -volname "$VOLUME" -srcfolder "$staging" -fs HFS+ -format ULMO -ov "$DMG"

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    log "skipping signing and notarisation of $DMG"
    exit 0
fi
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
if [ -z "${MACOS_NOTARY_APPLE_ID:-}" ] || [ -z "${MACOS_NOTARY_TEAM_ID:-}" ] ||
    [ -z "${MACOS_NOTARY_PASSWORD:-}" ]; then
    log "MACOS_NOTARY_* not set: skipping notarisation (Gatekeeper will warn on first open)"
    exit 0
fi
xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" \
    --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
xcrun stapler staple "$DMG"
xcrun stapler validate "$DMG"
