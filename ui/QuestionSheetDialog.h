#pragma once

#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace scanshield::ui {

class PdfPreviewPane;

// The question sheet to take to an appointment, previewed as the PDF it will be (QtPdf, fit to
// width): blank to write on or with the answers so far, in large print if wished, in the
// language ScanShield speaks; printed or saved as PDF. The preview lives in a private
// temporary folder that disappears with the dialog (PdfPreviewPane).
class QuestionSheetDialog : public QDialog {
    Q_OBJECT
public:
    QuestionSheetDialog(QList<checklist::AskedArea> areas, checklist::SheetOptions options, QWidget* parent = nullptr);

private:
    checklist::SheetOptions chosenOptions() const;
    bool writeSheet(const QString& pdfPath, QString* error) const;

    QList<checklist::AskedArea> m_areas;
    checklist::SheetOptions m_options;
    QRadioButton* m_blank = nullptr;
    QRadioButton* m_withAnswers = nullptr;
    QCheckBox* m_largePrint = nullptr;
    PdfPreviewPane* m_preview = nullptr;
};

} // namespace scanshield::ui
