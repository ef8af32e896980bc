// The PDF module: Qt Gui's PDF writer for programs that do not link Qt Gui (scanshield-cli),
// so that they load it only when a PDF is asked for.
#include "report/PdfDocument.h"
#include "report/PdfModuleInterface.h"

#include <QGuiApplication>

#include <type_traits>

extern "C" Q_DECL_EXPORT QCoreApplication* scanshield_create_gui_application(int& argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(argc, argv);
}

extern "C" Q_DECL_EXPORT bool scanshield_write_html_as_pdf(const QString& html, const QString& title,
                                                           const QString& pdfPath, QString* error)
{
    return scanshield::report::writeHtmlAsPdf(html, title, pdfPath, error);
}

// Checked at compile time: the exported functions have the types the programs call them through.
static_assert(std::is_same_v<decltype(&scanshield_create_gui_application), scanshield::report::CreateGuiApplicationFunction>);
static_assert(std::is_same_v<decltype(&scanshield_write_html_as_pdf), scanshield::report::WriteHtmlAsPdfFunction>);
