#!/bin/sh
# Sign-in answer times for unknown names and for known names with a wrong password (issue 8, item 6).
# Usage: bench/signin-timing.sh [BASE_URL]   (the app running, e.g. `dotnet run -c Release --project src/Jiceng.Web`
# with Security__SignInRateLimit__* raised so the probe is not throttled). Prints the median and range of each, in ms.
set -eu
base=${1:-http://localhost:5080}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

attempt() {
  token=$(curl -s -c "$jar" -b "$jar" "$base/account/login" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
    --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=Wrong-Passw0rd!" "$base/account/login"
}

summary() { sort -n | awk '{ v[NR] = $1 * 1000 } END { printf "median %.1f ms, min %.1f, max %.1f (n=%d)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }

attempt warm-up >/dev/null
printf 'unknown names:              '
for i in $(seq 1 24); do attempt "nobody-$i"; done | summary
printf 'known names, wrong password: '
for u in zzb xiangzhen cun sysadmin secadmin auditadmin shenji caizheng; do for i in 1 2 3; do attempt "$u"; done; done | summary
