#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

// scanshield-cli prints PDFs through the PDF module (report/PdfModuleInterface.h) so that
// the commands that print nothing never load Qt Gui.
namespace scanshield::cli {

// A QGuiApplication made by the PDF module; null with a sentence in *error when the module
// is missing.
std::unique_ptr<QCoreApplication> createGuiApplication(int& argc, char** argv, QString* error);

// writeHtmlAsPdf() of report/PdfDocument.h, through the PDF module.
bool writeHtmlAsPdf(const QString& html, const QString& title, const QString& pdfPath, QString* error);

} // namespace scanshield::cli
