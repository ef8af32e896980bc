#include "checklist/pdf/ConsentFormPdf.h"

#include "checklist/ConsentPhrases.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

namespace scanshield::checklist {

namespace {

ConsentFormText failed(const QString& problem)
{
    ConsentFormText result;
    result.problem = problem;
    return result;
}

QString problemOpening(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::FileNotFound:
        return QCoreApplication::translate("ConsentForm", "This file cannot be found or opened. Choose the file again.");
    case QPdfDocument::Error::IncorrectPassword:
        return QCoreApplication::translate("ConsentForm",
                                           "This PDF is locked with a password, so ScanShield cannot read it. Open it in your "
                                           "PDF reader, copy its text, and paste the text instead.");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QCoreApplication::translate("ConsentForm",
                                           "This PDF is protected in a way ScanShield cannot open. Open it in your PDF reader, "
                                           "copy its text, and paste the text instead.");
    default:
        return QCoreApplication::translate("ConsentForm",
                                           "This file is not a PDF ScanShield can read, or it is damaged. Paste the text of the "
                                           "form instead.");
    }
}

} // namespace

ConsentFormText readConsentFormPdf(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return failed(problemOpening(QPdfDocument::Error::FileNotFound));
    QPdfDocument document;
    const QPdfDocument::Error error = document.load(path);
    if (error != QPdfDocument::Error::None)
        return failed(problemOpening(error));
    if (document.pageCount() <= 0)
        return failed(problemOpening(QPdfDocument::Error::InvalidFileFormat));

    ConsentFormText form;
    bool anyText = false;
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            form.text += QStringLiteral("\n\n");
        form.pageStarts.append(int(form.text.size()));
        const QString pageText = normalizedFormText(document.getAllText(page).text());
        anyText = anyText || !pageText.trimmed().isEmpty();
        form.text += pageText;
    }
    if (!anyText)
        return failed(QCoreApplication::translate("ConsentForm",
                                                  "This PDF has no text ScanShield can read; it may be a scan. Paste the text instead."));
    return form;
}

} // namespace scanshield::checklist
