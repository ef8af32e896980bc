#include "report/PdfDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace scanshield::report {

bool writeHtmlAsPdf(const QString& html, const QString& title, const QString& pdfPath, QString* error)
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ExposureReport", "The report cannot be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() lays the text out with its own 2 cm margin and page numbers
        // when the document has no page size; the writer adds none on top.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ScanShield"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ExposureReport", "The report could not be written completely to %1: %2")
                         .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return false;
    }
    return true;
}

} // namespace scanshield::report
