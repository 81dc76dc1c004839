"""Word lists the editing and structure families draw from: sentences to type, replacements,
comment texts, link addresses, header and footer texts, table contents."""

from __future__ import annotations

# Sentences that fit at the end of a paragraph in most documents (TypeText).
SENTENCES = (
    "Please contact me if you have any questions.",
    "Further details will follow by email.",
    "All figures are provisional until they have been checked.",
    "This section will be updated next week.",
    "Thank you for your patience while we sort this out.",
    "A full summary will be circulated after the meeting.",
    "Any feedback is welcome before the end of the month.",
    "The dates above may still change.",
    "We will confirm the final arrangements shortly.",
    "Copies are available from the main office.",
    "Please read this carefully before you go any further.",
    "More information is available on request.",
    "This replaces any earlier guidance on the subject.",
    "Let us know if anything here is unclear.",
    "The next review is planned for the autumn.",
    "Everyone involved has been informed.",
    "We expect to have an update within two weeks.",
    "Questions can be sent to the coordinator at any time.",
    "This point was agreed by everyone present.",
    "No further action is needed at this stage.",
    "The costs will be shared equally.",
    "Please keep this document for your records.",
    "We appreciate everyone's help with this.",
    "A reminder will be sent a few days beforehand.",
)

# Second sentences for longer texts (difficulty 3).
FOLLOW_UPS = (
    "Please reply by Friday if this causes any problems.",
    "I will share the updated version once it is ready.",
    "Do get in touch if you would like to discuss it.",
    "We will revisit this at the next meeting.",
    "Your comments would be very helpful.",
    "The details are still being finalised.",
)

# Short notes appended to a table cell.
CELL_NOTES = ("(provisional)", "(to be confirmed)", "(revised)", "(updated)", "(estimate)",
              "(see note)", "(pending)", "(approx.)")

# Words a replacement may swap (ReplaceText / ReplaceAll): word -> alternatives.
SYNONYMS = {
    "small": ("minor", "modest"), "large": ("major", "big"), "big": ("large", "major"),
    "main": ("principal", "central"), "new": ("updated", "revised"), "first": ("initial",),
    "final": ("last", "closing"), "important": ("essential", "key"), "quickly": ("promptly",),
    "help": ("support", "assist"), "start": ("begin",), "begin": ("start",),
    "finish": ("complete",), "complete": ("finish",), "week": ("fortnight",),
    "month": ("quarter",), "quarter": ("period",), "year": ("season",),
    "morning": ("afternoon", "evening"), "afternoon": ("morning", "evening"),
    "evening": ("afternoon", "morning"), "early": ("late",), "late": ("early",),
    "staff": ("employees", "team"), "team": ("group", "staff"), "customers": ("clients",),
    "clients": ("customers",), "members": ("participants",), "meeting": ("session",),
    "session": ("meeting",), "plan": ("proposal", "scheme"), "report": ("summary",),
    "office": ("building",), "building": ("office",), "room": ("hall",),
    "email": ("letter", "message"), "letter": ("note",), "price": ("cost",), "cost": ("price",),
    "free": ("complimentary",), "open": ("available",), "closed": ("shut",),
    "happy": ("pleased", "glad"), "pleased": ("happy", "delighted"), "delighted": ("pleased",),
    "problem": ("issue",), "issue": ("problem",), "issues": ("problems",),
    "problems": ("issues",), "changes": ("updates",), "update": ("change",),
    "increase": ("rise",), "rise": ("increase",),
    "result": ("outcome",), "results": ("outcomes",), "request": ("application",),
    "questions": ("queries",), "question": ("query",), "information": ("details",),
    "details": ("information",), "several": ("a few",), "many": ("numerous",),
    "about": ("around",), "around": ("about",), "approximately": ("about",),
    "also": ("additionally",), "usually": ("normally",), "normally": ("usually",),
    "please": ("kindly",), "daily": ("weekly",), "weekly": ("monthly",),
    "monthly": ("weekly",), "annual": ("yearly",), "yearly": ("annual",),
    "local": ("regional",), "regional": ("local",), "north": ("south",), "south": ("north",),
    "east": ("west",), "west": ("east",), "left": ("right",), "right": ("left",),
    "two": ("three",), "three": ("four", "two"), "four": ("five", "three"),
    "five": ("six", "four"), "six": ("seven",), "ten": ("twelve",), "twelve": ("ten",),
    "hours": ("minutes",), "minutes": ("hours",), "days": ("weeks",), "weeks": ("days",),
    "car": ("vehicle",), "children": ("pupils", "kids"), "volunteers": ("helpers",),
    "guests": ("visitors",), "visitors": ("guests",), "project": ("programme",),
    "budget": ("allowance",), "deadline": ("due date",), "event": ("occasion",),
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Proper nouns that stand in for a name the document repeats (ReplaceAll).
NAMES = ("Ashford", "Harrington", "Kingsley", "Whitmore", "Lindqvist", "Okonkwo", "Fairbanks",
         "Castellano", "Brightwell", "Moreau")

# Comment texts (Comment).
COMMENTS = (
    "Please double-check this.",
    "Can we confirm this with the team?",
    "Is this still correct?",
    "This needs a source.",
    "Could we say this more simply?",
    "Check the spelling here.",
    "Should this be updated?",
    "Let's discuss this at the next meeting.",
    "Is this figure up to date?",
    "Please expand on this point.",
    "Who is responsible for this?",
    "Consider moving this to the summary.",
    "I think this date has changed.",
    "Nice point, keep this.",
    "Needs approval before we send it.",
    "Can you add a reference here?",
)

# Link targets: a domain and a path made from the linked words (Hyperlink).
DOMAINS = ("https://www.example.com", "https://example.org", "https://intranet.example.net",
           "https://docs.example.com", "https://www.example.co.uk", "https://wiki.example.org",
           "https://news.example.com", "https://help.example.net")

HEADERS = (
    "Confidential", "Draft", "Internal use only", "For review", "Draft – not for circulation",
    "Version 2", "Final copy", "Do not distribute", "Working draft", "Private and confidential",
    "For information", "Issued for comment", "Restricted", "Approved copy", "Sample",
    "Not for publication",
)
FOOTERS = (
    "Prepared by the office team", "For internal use only", "Printed copy – uncontrolled",
    "Questions? Contact the office.", "All rights reserved", "Please recycle this document",
    "Confidential – do not forward", "Last reviewed this year", "Subject to change",
    "Keep for your records", "Draft for discussion", "Thank you for reading",
    "Page content may change", "Distributed by email", "Internal document", "Reviewed copy",
)
VERSIONS = ("Draft 1", "Draft 2", "Version 3", "Revised edition", "Final version", "Review copy")

# Table contents (InsertTable): (header, values for each column).
TABLE_SCHEMAS = (
    (("Name", "Role", "Extension"),
     (("Alice Moreno", "Ben Carter", "Chloe Park", "Dev Patel", "Emma Lind"),
      ("Manager", "Analyst", "Designer", "Assistant", "Coordinator"),
      ("2101", "2114", "2125", "2130", "2147"))),
    (("Item", "Quantity", "Price"),
     (("Notebooks", "Pens", "Folders", "Staplers", "Binders"),
      ("10", "25", "40", "5", "12"),
      ("$4.50", "$1.20", "$0.80", "$9.99", "$3.25"))),
    (("Day", "Time", "Room"),
     (("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
      ("9:00", "10:30", "13:00", "14:30", "16:00"),
      ("A1", "B2", "C3", "Hall", "Library"))),
    (("Task", "Owner", "Due"),
     (("Draft agenda", "Book venue", "Send invites", "Order catering", "Print handouts"),
      ("Sam", "Priya", "Tom", "Lena", "Marco"),
      ("3 May", "10 May", "17 May", "24 May", "31 May"))),
    (("City", "Country", "Population"),
     (("Lyon", "Porto", "Leeds", "Graz", "Turku"),
      ("France", "Portugal", "England", "Austria", "Finland"),
      ("522,000", "232,000", "812,000", "291,000", "195,000"))),
    (("Month", "Budget", "Actual", "Difference"),
     (("January", "February", "March", "April", "May"),
      ("1,200", "1,350", "1,100", "1,500", "1,250"),
      ("1,150", "1,420", "1,090", "1,380", "1,300"),
      ("-50", "+70", "-10", "-120", "+50"))),
    (("Product", "Colour", "Size", "Stock"),
     (("T-shirt", "Hoodie", "Cap", "Scarf", "Jacket"),
      ("Red", "Navy", "Grey", "Green", "Black"),
      ("S", "M", "L", "XL", "One size"),
      ("14", "8", "22", "3", "11"))),
    (("Speaker", "Topic", "Minutes"),
     (("Dr Lee", "Ms Obi", "Mr Hart", "Prof Kaur", "Mrs Dunn"),
      ("Welcome", "Budget", "Research", "Outreach", "Questions"),
      ("5", "15", "20", "10", "30"))),
    (("Phase", "Start", "End", "Status"),
     (("Planning", "Design", "Build", "Testing", "Launch"),
      ("1 Feb", "1 Mar", "1 Apr", "1 Jun", "1 Jul"),
      ("28 Feb", "31 Mar", "31 May", "30 Jun", "15 Jul"),
      ("Done", "Done", "In progress", "Not started", "Not started"))),
    (("Course", "Level", "Weeks"),
     (("Spanish", "Pottery", "Python", "Yoga", "Photography"),
      ("Beginner", "Intermediate", "Advanced", "All levels", "Beginner"),
      ("6", "8", "10", "4", "12"))),
)

# First-column labels for a row added to an existing table (AddTableRow).
ROW_LABELS = ("Other", "Contingency", "Miscellaneous", "Training", "Review", "Follow-up",
              "Extra item", "Reserve", "New entry", "Additional")
