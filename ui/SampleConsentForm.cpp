#include "ui/SampleConsentForm.h"

#include "report/PdfDocument.h"

#include <QCoreApplication>
#include <QFile>

namespace scanshield::ui {

bool writeSampleConsentFormPdf(const QString& pdfPath, QString* error)
{
    QFile sample(QStringLiteral(":/checklist/sample_consent_form.html"));
    if (!sample.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("SampleConsentForm", "The sample form is missing from this copy of ScanShield.");
        return false;
    }
    return report::writeHtmlAsPdf(QString::fromUtf8(sample.readAll()), QStringLiteral("Sample consent form (fictional)"), pdfPath,
                                  error);
}

} // namespace scanshield::ui
