"""The organiser's side of exhibitors' leads: the stands' server, kits, links, export."""
