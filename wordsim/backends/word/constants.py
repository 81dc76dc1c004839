"""Word's object-model constants (Wd* enumerations) with their real values, and the tables that
turn the simulator's argument values into them."""

from __future__ import annotations

# ------------------------------------------------------------------ Find (WdFindWrap, WdReplace)
wdFindStop = 0
wdFindContinue = 1
wdReplaceNone = 0
wdReplaceOne = 1
wdReplaceAll = 2

# ------------------------------------------------------------------ Font (WdConstants, WdColor)
wdUndefined = 9999999  # what a property of a mixed selection reads
wdToggle = 9999998  # Font.Bold = wdToggle switches it, as Ctrl+B does
wdColorAutomatic = -16777216

wdUnderlineNone = 0
wdUnderlineSingle = 1
wdUnderlineWords = 2
wdUnderlineDouble = 3
wdUnderlineDotted = 4
wdUnderlineThick = 6
wdUnderlineDash = 7
wdUnderlineDotDash = 9
wdUnderlineDotDotDash = 10
wdUnderlineWavy = 11
wdUnderlineDottedHeavy = 20
wdUnderlineDashHeavy = 23
wdUnderlineDotDashHeavy = 25
wdUnderlineDotDotDashHeavy = 26
wdUnderlineWavyHeavy = 27
wdUnderlineDashLong = 39
wdUnderlineWavyDouble = 43
wdUnderlineDashLongHeavy = 55

# WdColorIndex (Range.HighlightColorIndex)
wdNoHighlight = 0
wdBlack = 1
wdBlue = 2
wdTurquoise = 3
wdBrightGreen = 4
wdPink = 5
wdRed = 6
wdYellow = 7
wdWhite = 8
wdDarkBlue = 9
wdTeal = 10
wdGreen = 11
wdViolet = 12
wdDarkRed = 13
wdDarkYellow = 14
wdGray50 = 15
wdGray25 = 16

# WdCharacterCase (Range.Case)
wdLowerCase = 0
wdUpperCase = 1
wdTitleWord = 2
wdTitleSentence = 4
wdToggleCase = 5

# ------------------------------------------------------------------ paragraphs
wdAlignParagraphLeft = 0
wdAlignParagraphCenter = 1
wdAlignParagraphRight = 2
wdAlignParagraphJustify = 3

wdLineSpaceSingle = 0
wdLineSpace1pt5 = 1
wdLineSpaceDouble = 2
wdLineSpaceAtLeast = 3
wdLineSpaceExactly = 4
wdLineSpaceMultiple = 5

wdAlignTabLeft = 0
wdAlignTabCenter = 1
wdAlignTabRight = 2
wdAlignTabDecimal = 3
wdAlignTabBar = 4

wdTabLeaderSpaces = 0
wdTabLeaderDots = 1
wdTabLeaderDashes = 2
wdTabLeaderLines = 3
wdTabLeaderHeavy = 4
wdTabLeaderMiddleDot = 5

wdStyleTypeParagraph = 1
wdStyleTypeCharacter = 2
wdStyleTypeTable = 3
wdStyleTypeList = 4
wdStyleTypeParagraphOnly = 5
wdStyleTypeLinked = 6
wdOutlineLevelBodyText = 10  # wdOutlineLevel1..9 are 1..9
wdStyleNormal = -1  # WdBuiltinStyle
wdStyleHeader = -32
wdStyleFooter = -33

# ------------------------------------------------------------------ lists
wdListNoNumbering = 0
wdListBullet = 2
wdListPictureBullet = 6
wdListNumberStyleArabic = 0
wdListNumberStyleUppercaseRoman = 1
wdListNumberStyleLowercaseRoman = 2
wdListNumberStyleUppercaseLetter = 3
wdListNumberStyleLowercaseLetter = 4
wdListNumberStyleBullet = 23
wdListLevelAlignLeft = 0
wdListLevelAlignRight = 2
wdTrailingTab = 0
wdListApplyToWholeList = 0
wdListApplyToThisPointForward = 2
wdListApplyToCurrentParagraph = 3
wdListApplyToSelection = 4
wdContinueDisabled = 0

# ------------------------------------------------------------------ selection and ranges
wdCollapseEnd = 0
wdCollapseStart = 1
wdMove = 0
wdExtend = 1
wdCharacter = 1
wdWord = 2
wdParagraph = 4
wdLine = 5
wdStory = 6
wdCell = 12
wdWithInTable = 12  # WdInformation
wdAtEndOfRowMarker = 31

# ------------------------------------------------------------------ breaks, sections, pages
wdSectionBreakNextPage = 2
wdSectionBreakContinuous = 3
wdSectionBreakEvenPage = 4
wdSectionBreakOddPage = 5
wdLineBreak = 6
wdPageBreak = 7
wdColumnBreak = 8

wdOrientPortrait = 0
wdOrientLandscape = 1

wdPaperLetter = 2
wdPaperLegal = 4
wdPaperExecutive = 5
wdPaperA4 = 7
wdPaperA5 = 9

wdHeaderFooterPrimary = 1
wdHeaderFooterFirstPage = 2
wdHeaderFooterEvenPages = 3

wdFieldPage = 33
# PageNumbers.Add alignments (Word's framed page numbers; `page_number` writes a PAGE field in
# an aligned paragraph instead, as the Plain Number building blocks do)
wdAlignPageNumberLeft = 0
wdAlignPageNumberCenter = 1
wdAlignPageNumberRight = 2

# ------------------------------------------------------------------ tables
wdWord9TableBehavior = 1
wdAutoFitFixed = 0
wdAutoFitContent = 1
wdAutoFitWindow = 2

# ------------------------------------------------------------------ clipboard (WdRecoveryType)
wdFormatOriginalFormatting = 16
wdFormatSurroundingFormattingWithEmphasis = 20
wdFormatPlainText = 22

# ------------------------------------------------------------------ files and documents
wdFormatXMLDocument = 12
wdFormatDocumentDefault = 16
wdFormatPDF = 17
wdFormatText = 2
wdFormatRTF = 6
wdFormatHTML = 8
wdDoNotSaveChanges = 0
wdAlertsNone = 0
msoTrue = -1
msoFalse = 0
# Word's on/off properties (Font.Bold, ParagraphFormat.KeepWithNext, PageSetup...) are Longs:
# True is -1, False 0 (what they read back as)
wdTrue = -1
wdFalse = 0


def word_bool(on: bool) -> int:
    return wdTrue if on else wdFalse

# ================================================================== the simulator's values
ALIGNMENTS = {"left": wdAlignParagraphLeft, "center": wdAlignParagraphCenter,
              "right": wdAlignParagraphRight, "justify": wdAlignParagraphJustify}
NAMED_LINE_SPACING = {1.0: wdLineSpaceSingle, 1.5: wdLineSpace1pt5, 2.0: wdLineSpaceDouble}
LINE_RULES = {"auto": wdLineSpaceMultiple, "exact": wdLineSpaceExactly,
              "atLeast": wdLineSpaceAtLeast}
TAB_ALIGNMENTS = {"left": wdAlignTabLeft, "center": wdAlignTabCenter, "right": wdAlignTabRight,
                  "decimal": wdAlignTabDecimal, "bar": wdAlignTabBar}
TAB_LEADERS = {"none": wdTabLeaderSpaces, "dot": wdTabLeaderDots, "hyphen": wdTabLeaderDashes,
               "underscore": wdTabLeaderLines, "heavy": wdTabLeaderHeavy,
               "middleDot": wdTabLeaderMiddleDot}
# w:u values (the simulator's underline styles) -> WdUnderline
UNDERLINES = {
    "none": wdUnderlineNone, "single": wdUnderlineSingle, "words": wdUnderlineWords,
    "double": wdUnderlineDouble, "thick": wdUnderlineThick, "dotted": wdUnderlineDotted,
    "dottedHeavy": wdUnderlineDottedHeavy, "dash": wdUnderlineDash,
    "dashedHeavy": wdUnderlineDashHeavy, "dashLong": wdUnderlineDashLong,
    "dashLongHeavy": wdUnderlineDashLongHeavy, "dotDash": wdUnderlineDotDash,
    "dashDotHeavy": wdUnderlineDotDashHeavy, "dotDotDash": wdUnderlineDotDotDash,
    "dashDotDotHeavy": wdUnderlineDotDotDashHeavy, "wave": wdUnderlineWavy,
    "wavyHeavy": wdUnderlineWavyHeavy, "wavyDouble": wdUnderlineWavyDouble,
}
# w:highlight values -> WdColorIndex (Word's "Green" pen is darkGreen, "Bright Green" green)
HIGHLIGHTS = {
    "none": wdNoHighlight, "black": wdBlack, "blue": wdBlue, "cyan": wdTurquoise,
    "green": wdBrightGreen, "magenta": wdPink, "red": wdRed, "yellow": wdYellow,
    "darkBlue": wdDarkBlue, "darkCyan": wdTeal, "darkGreen": wdGreen, "darkMagenta": wdViolet,
    "darkRed": wdDarkRed, "darkYellow": wdDarkYellow, "darkGray": wdGray50,
    "lightGray": wdGray25,
}
CASES = {"upper": wdUpperCase, "lower": wdLowerCase, "sentence": wdTitleSentence,
         "title": wdTitleWord, "toggle": wdToggleCase}
SECTION_BREAKS = {"next_page": wdSectionBreakNextPage, "continuous": wdSectionBreakContinuous,
                  "even_page": wdSectionBreakEvenPage, "odd_page": wdSectionBreakOddPage}
HEADER_KINDS = {"primary": wdHeaderFooterPrimary, "first": wdHeaderFooterFirstPage,
                "even": wdHeaderFooterEvenPages}
PAPER_SIZES = {"Letter": wdPaperLetter, "Legal": wdPaperLegal, "Executive": wdPaperExecutive,
               "A4": wdPaperA4, "A5": wdPaperA5}
AUTOFIT = {"fixed": wdAutoFitFixed, "contents": wdAutoFitContent, "window": wdAutoFitWindow}
PASTE_FORMATS = {"merge": wdFormatSurroundingFormattingWithEmphasis, "text": wdFormatPlainText}
# w:numFmt values -> WdListNumberStyle
NUMBER_STYLES = {"decimal": wdListNumberStyleArabic, "upperRoman": wdListNumberStyleUppercaseRoman,
                 "lowerRoman": wdListNumberStyleLowercaseRoman,
                 "upperLetter": wdListNumberStyleUppercaseLetter,
                 "lowerLetter": wdListNumberStyleLowercaseLetter,
                 "bullet": wdListNumberStyleBullet}
PARAGRAPH_STYLE_TYPES = (wdStyleTypeParagraph, wdStyleTypeParagraphOnly, wdStyleTypeLinked)
STYLE_TYPE_NAMES = {wdStyleTypeCharacter: "character", wdStyleTypeTable: "table",
                    wdStyleTypeList: "list", wdStyleTypeParagraph: "paragraph"}
