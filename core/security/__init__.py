"""Defences of the portal: response headers, CSP, admin login, uploads."""
