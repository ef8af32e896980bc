#pragma once

#include <QString>

class QCoreApplication;

// What the PDF module (modules/pdf) offers a program that does not link Qt Gui itself, such
// as scanshield-cli: Qt Gui is loaded only when a PDF is asked for (see
// core/modules/ModuleLoader.h for why).
namespace scanshield::report {

// A QGuiApplication (on Qt's offscreen platform when there is no display), which PDF
// writing needs for its fonts. Created instead of a QCoreApplication.
using CreateGuiApplicationFunction = QCoreApplication* (*)(int& argc, char** argv);
// writeHtmlAsPdf() of PdfDocument.h.
using WriteHtmlAsPdfFunction = bool (*)(const QString& html, const QString& title, const QString& pdfPath, QString* error);

inline constexpr const char* kPdfModuleName = "scanshield_pdf";
inline constexpr const char* kCreateGuiApplicationSymbol = "scanshield_create_gui_application";
inline constexpr const char* kWriteHtmlAsPdfSymbol = "scanshield_write_html_as_pdf";

} // namespace scanshield::report
