#pragma once

class QPdfDocument;
class QPrinter;

namespace scanshield::ui {

// Prints every page of a PDF as it is shown in the app: each page drawn as a picture at the
// printer's resolution (at most 300 dots per inch, plenty for text on paper and a fraction of
// the memory of 1200), as large as the paper allows with its proportions kept. The PDFs
// ScanShield prints carry their own margins, so the whole sheet of paper is used. False when
// the printer could not be started.
bool printPdfPages(QPdfDocument& document, QPrinter& printer);

} // namespace scanshield::ui
