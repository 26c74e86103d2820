"""The portal's foundation: what every app may import, and which imports no app of the project.

Shared vocabulary (languages, the URL space, the lines of action, group names and membership),
defences (security headers, CSP, admin sign-in, uploads), worker processes, which media is
private, signals between apps and the helpers of migrations that move models between apps.
The apps sit above it; `portal` (settings, URLs, WSGI) sits above them all (see
docs/development.md, "Architecture").
"""
