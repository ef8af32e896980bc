#include "ui/QuestionSheetDialog.h"

#include "report/PdfDocument.h"
#include "ui/PdfPreviewPane.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace scanshield::ui {

namespace {

// An answer the sheet prints (SheetHtml prints a question's answer once it was asked or answered).
bool anyAnswer(const checklist::SheetOptions& options)
{
    return std::any_of(options.answers.cbegin(), options.answers.cend(),
                       [](const checklist::NotedAnswer& answer) { return answer.asked || !answer.answer.isEmpty(); });
}

} // namespace

QuestionSheetDialog::QuestionSheetDialog(QList<checklist::AskedArea> areas, checklist::SheetOptions options, QWidget* parent)
    : QDialog(parent), m_areas(std::move(areas)), m_options(std::move(options))
{
    setWindowTitle(tr("Your question sheet"));
    auto* layout = new QVBoxLayout(this);

    auto* choices = new QHBoxLayout;
    m_blank = new QRadioButton(tr("&Blank sheet to write on"), this);
    m_blank->setObjectName(QStringLiteral("blankSheet"));
    m_withAnswers = new QRadioButton(tr("With my &answers so far"), this);
    m_withAnswers->setObjectName(QStringLiteral("withAnswers"));
    auto* kind = new QButtonGroup(this);
    kind->addButton(m_blank);
    kind->addButton(m_withAnswers);
    const bool answered = anyAnswer(m_options);
    m_withAnswers->setEnabled(answered);
    if (!answered)
        m_withAnswers->setToolTip(tr("You have not noted any answers yet."));
    (answered ? m_withAnswers : m_blank)->setChecked(true);
    m_largePrint = new QCheckBox(tr("&Large print"), this);
    m_largePrint->setObjectName(QStringLiteral("largePrint"));
    m_largePrint->setChecked(m_options.largePrint);
    choices->addWidget(m_blank);
    choices->addWidget(m_withAnswers);
    choices->addSpacing(24);
    choices->addWidget(m_largePrint);
    choices->addStretch(1);
    layout->addLayout(choices);

    m_preview = new PdfPreviewPane({tr("Preview of your question sheet"), tr("Save the question sheet"),
                                    tr("questions-for-my-appointment.pdf"), tr("Print the question sheet")},
                                   [this](const QString& path, QString* error) { return writeSheet(path, error); }, this);
    auto* close = new QPushButton(tr("Close"), this);
    m_preview->addButton(close);
    layout->addWidget(m_preview, 1);

    // The group's signal, not each button's: one new preview per change of choice.
    connect(kind, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked)
            m_preview->regenerate();
    });
    connect(m_largePrint, &QCheckBox::toggled, m_preview, &PdfPreviewPane::regenerate);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(820, 980);
    m_preview->regenerate();
}

checklist::SheetOptions QuestionSheetDialog::chosenOptions() const
{
    checklist::SheetOptions options = m_options;
    options.largePrint = m_largePrint->isChecked();
    if (m_blank->isChecked())
        options.answers.clear();
    return options;
}

bool QuestionSheetDialog::writeSheet(const QString& pdfPath, QString* error) const
{
    return report::writeHtmlAsPdf(checklist::questionSheetHtml(m_areas, chosenOptions()), checklist::questionSheetTitle(), pdfPath,
                                  error);
}

} // namespace scanshield::ui
