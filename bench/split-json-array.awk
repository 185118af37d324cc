# Splits generate's JSON array (one sheet per line) into arrays of N sheets: chunk-01.json, …
BEGIN { n = 0; chunk = 0; out = "" }
/^\[$/ || /^\]$/ { next }
{
  line = $0; sub(/,$/, "", line)
  if (n % N == 0) {
    if (out != "") { print "]" > out; close(out) }
    chunk++; out = sprintf("chunk-%02d.json", chunk); print "[" > out; first = 1
  }
  if (!first) print "," > out
  print line > out; first = 0; n++
}
END { if (out != "") { print "]" > out; close(out) }; print n " sheets in " chunk " files" > "/dev/stderr" }
