// no header, no attributes
// corpus-also: -c -O2
int f() { return 1; }
