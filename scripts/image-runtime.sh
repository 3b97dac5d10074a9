#!/usr/bin/env bash
# The root file system the container image is built on (Jib, from scratch; SPEC §7.4 O1), made from
# the build machine alone, so the image builds without a registry and runs the Java the tests ran:
# a Java runtime cut by jlink from the building JDK to the modules the portal uses, the C libraries
# that runtime loads (copied from the machine, at the paths its loader looks in), /etc/passwd and
# /etc/group naming the portal's user (10001, group 0), /tmp, and the data volume's mount point /data.
# An OUT_DIR that holds a runtime already is kept.
# usage: scripts/image-runtime.sh OUT_DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUT_DIR" >&2; exit 2; }
out="$1"
[ -x "$out/opt/java/bin/java" ] && exit 0
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
# what `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 partner-portal.jar` lists, with
# what it cannot see: elliptic-curve TLS (jdk.crypto.ec), Japanese dates and numbers (jdk.localedata),
# mail in legacy charsets (jdk.charsets), zip file systems (jdk.zipfs)
modules=java.base,java.compiler,java.desktop,java.instrument,java.naming,java.net.http,java.rmi,java.scripting,\
java.security.jgss,java.security.sasl,java.sql,jdk.management,jdk.net,jdk.unsupported,jdk.crypto.ec,\
jdk.localedata,jdk.charsets,jdk.zipfs
part="$out.part"
rm -rf "$part"
mkdir -p "$part/opt" "$part/etc" "$part/tmp" "$part/data"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
    --output "$part/opt/java"
# a distribution's JDK may link its CA certificates from /etc: the runtime gets a copy of its own
cp -L "$jdk/lib/security/cacerts" "$part/opt/java/lib/security/cacerts"
# (a server has no screen: the window system's and fonts' libraries are left out with what needs them)
for lib in $(find "$part/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -not -name 'libawt_xawt.so' \
                  -not -name 'libsplashscreen.so' -not -name 'libjawt.so' -not -name 'libfontmanager.so' \
                  -exec ldd {} + 2>/dev/null \
             | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// && $1 !~ /:$/ {print $1}' \
             | grep -v "^$part/" | sort -u); do
  mkdir -p "$part$(dirname "$lib")"
  cp -L "$lib" "$part$lib"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nportal:x:10001:0:Partner Subscriptions Portal:/data:/sbin/nologin\n' \
    >"$part/etc/passwd"
printf 'root:x:0:\n' >"$part/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$part/etc/nsswitch.conf"
rm -rf "$out"
mv "$part" "$out"
