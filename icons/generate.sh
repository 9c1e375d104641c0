#!/usr/bin/env bash
# Redraws Standpoint's app icon and regenerates every size Tauri's bundles
# need (icons/*.png, icon.ico, icon.icns). Needs ImageMagick and ui/'s npm
# packages. The picture is a 3 × 3 stance matrix: support (teal), oppose
# (red, orange), no stance (light grey) on a dark slate tile.
set -euo pipefail
cd "$(dirname "$0")/.."
source_png="$(mktemp --suffix=.png)"
trap 'rm -f "$source_png"' EXIT

colours=("#2f9e8f" "#e4e7eb" "#d9534f" "#e4e7eb" "#2f9e8f" "#f0a35e" "#d9534f" "#7cc4b8" "#2f9e8f")
draw=()
for row in 0 1 2; do
  for col in 0 1 2; do
    x=$((232 + col * 200)); y=$((232 + row * 200))
    draw+=(-fill "${colours[$((row * 3 + col))]}" -draw "roundrectangle $x,$y $((x + 160)),$((y + 160)) 28,28")
  done
done
convert -size 1024x1024 xc:none -fill '#1f2a37' -draw 'roundrectangle 64,64 960,960 180,180' \
  "${draw[@]}" "$source_png"

npm exec --prefix ui -- tauri icon "$source_png" -o icons
# Standpoint ships desktop bundles only.
rm -rf icons/android icons/ios
