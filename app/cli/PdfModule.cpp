#include "cli/PdfModule.h"

#include "modules/ModuleLoader.h"
#include "report/PdfModuleInterface.h"

namespace scanshield::cli {

namespace {

template <typename Function>
Function resolvePdfFunction(const char* symbol, QString* error)
{
    return reinterpret_cast<Function>(
        modules::resolveModuleSymbol(QString::fromLatin1(report::kPdfModuleName), symbol, error));
}

} // namespace

std::unique_ptr<QCoreApplication> createGuiApplication(int& argc, char** argv, QString* error)
{
    const auto create = resolvePdfFunction<report::CreateGuiApplicationFunction>(report::kCreateGuiApplicationSymbol, error);
    if (!create)
        return nullptr;
    return std::unique_ptr<QCoreApplication>(create(argc, argv));
}

bool writeHtmlAsPdf(const QString& html, const QString& title, const QString& pdfPath, QString* error)
{
    const auto write = resolvePdfFunction<report::WriteHtmlAsPdfFunction>(report::kWriteHtmlAsPdfSymbol, error);
    return write && write(html, title, pdfPath, error);
}

} // namespace scanshield::cli
