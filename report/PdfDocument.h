#pragma once

#include <QString>

namespace scanshield::report {

// Lays out HTML (the subset QTextDocument renders) on A4 pages with page numbers and writes
// it to a PDF file, through a temporary name renamed when complete, so a half-written file
// never looks finished. Needs a QGuiApplication (fonts); the offscreen platform is enough.
// False with a sentence for a person when the file cannot be written.
bool writeHtmlAsPdf(const QString& html, const QString& title, const QString& pdfPath, QString* error);

} // namespace scanshield::report
