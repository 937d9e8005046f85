"""The stands' pages for exhibitors' phones (issue 25): an HTTP server, its pages and
script; a front end like ``itday.ui``, on services, db and core, never importing ``ui``."""
