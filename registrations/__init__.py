"""The directive's registrations: SIVITMA contracts of Andean workers (line 4) and the Retorno
Productivo platform (line 2). Public forms posted from static pages (public_forms), stored first
and mailed through the mailbox's outbox (inbox), listed in the admin for the teams that handle
them (the SIVITMA team; each region's office staff and DML), counted in the monthly report."""
