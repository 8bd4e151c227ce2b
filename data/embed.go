// Package data embeds marsad's lexicons (see README.md in this folder) so
// that the binary needs no files beside it.
package data

import "embed"

// FS holds every data file, laid out as in this folder.
//
//go:embed README.md actors arabic cameo eval events models names quotes
var FS embed.FS
