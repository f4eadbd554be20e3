// Package datalines reads the line-based data files crossread embeds:
// lexicons and word lists whose parsers report errors as file:line.
package datalines
