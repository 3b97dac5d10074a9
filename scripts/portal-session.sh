# Sourced by the benchmark scripts: signs a contact in to the customer portal as a browser would,
# the link read from the email the portal wrote, and leaves the session in a curl cookie jar.
# portal_sign_in BASE_URL EMAIL MAIL_DIR COOKIE_JAR
portal_sign_in() {
  local base="$1" email="$2" mail_dir="$3" jar="$4" csrf token page
  page=$(curl -sf -c "$jar" -b "$jar" "$base/login")
  csrf=$(echo "$page" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "csrf=$csrf" "$base/login"
  token=""
  for _ in $(seq 1 200); do
    token=$(grep -l "SIGN_IN_LINK" "$mail_dir"/*.eml 2>/dev/null | xargs -r grep -h -l "$email" 2>/dev/null \
        | xargs -r cat 2>/dev/null | tr -d '\r' | sed 's/=$//' | tr -d '\n' \
        | grep -o '/login/[A-Za-z0-9_-]\{43\}' | tail -n 1 | cut -d/ -f3 || true)
    [ -n "$token" ] && break
    sleep 0.1
  done
  [ -n "$token" ] || { echo "no sign-in link for $email in $mail_dir" >&2; return 1; }
  page=$(curl -sf -c "$jar" -b "$jar" "$base/login/$token")
  csrf=$(echo "$page" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" "$base/login/$token"
  grep -q portal_session "$jar" || { echo "signing in as $email failed" >&2; return 1; }
}

# The session cookie's header, for wrk.
portal_cookie() {
  awk '$6 == "portal_session" {print "Cookie: portal_session=" $7}' "$1"
}
