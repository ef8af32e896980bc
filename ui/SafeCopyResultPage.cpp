#include "ui/SafeCopyResultPage.h"

#include "ui/Headline.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace scanshield::ui {

SafeCopyResultPage::SafeCopyResultPage(SafeCopyPlan& plan, QWidget* parent) : QWizardPage(parent), m_plan(plan)
{
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_headline = makeHeadline(this);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_details);
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("What the check found, and files not copied"));
    layout->addWidget(m_problems, 1);
    auto* buttons = new QHBoxLayout;
    m_openFolder = new QPushButton(tr("Open the folder of the copy"), this);
    m_openInApp = new QPushButton(tr("Look at the copy in ScanShield"), this);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_openInApp);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // Keeps the sentences together at the top when there is no list to show.
    layout->addStretch(1);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_plan.request.outputDir)); });
    connect(m_openInApp, &QPushButton::clicked, this, [this] { emit openCopyRequested(m_plan.request.outputDir); });
}

QString SafeCopyResultPage::factsOfTheCopy() const
{
    const deid::CopyResult& copy = m_plan.outcome.copy;
    QStringList facts;
    facts << tr("%n picture file(s) copied to %1.", nullptr, copy.filesWritten).arg(QDir::toNativeSeparators(m_plan.request.outputDir));
    if (copy.picturesDefaced > 0)
        facts << tr("Your face was cut away from the 3D scans of your head (%n picture(s)).", nullptr, copy.picturesDefaced);
    if (copy.picturesCleaned > 0)
        facts << tr("Text written into %n picture(s) was blacked out.", nullptr, copy.picturesCleaned);
    if (copy.otherFilesWritten > 0)
        facts << tr("%n file(s) that are not pictures copied as they were, into the folder OTHER.", nullptr, copy.otherFilesWritten);
    if (m_plan.request.options.dates == deid::DateHandling::ShiftDates)
        facts << tr("All dates were moved by the same number of days.");
    if (!copy.notCopied.isEmpty())
        facts << tr("%n file(s) could not be copied; they are listed below.", nullptr, int(copy.notCopied.size()));
    facts << tr("The copy's README.TXT says what was done, for whoever receives it.");
    return facts.join(QLatin1Char('\n'));
}

void SafeCopyResultPage::initializePage()
{
    const deid::SafeCopyOutcome& outcome = m_plan.outcome;
    m_problems->clear();
    const bool written = outcome.copy.written;
    m_openFolder->setVisible(written);
    m_openInApp->setVisible(written);
    if (!written) {
        setTitle(tr("No copy was made"));
        m_headline->setText(outcome.copy.cancelled ? tr("The copy was stopped. Nothing was kept.") : tr("The copy could not be made."));
        m_details->setText(outcome.copy.cancelled ? QString() : outcome.copy.error);
        m_problems->hide();
        return;
    }
    for (const QString& reason : outcome.copy.notCopied)
        m_problems->addItem(tr("Not copied: %1").arg(reason));
    if (outcome.isSafe()) {
        setTitle(tr("Your anonymized copy is ready"));
        m_headline->setText(tr("Checked: nothing that identifies you was found in the copy."));
        m_details->setText(tr("ScanShield read every file of the copy back, and the text in its pictures, looking for your "
                              "name, ID numbers, birth date and every other detail it found on your disc. None was there.") +
                           QStringLiteral("\n\n") + factsOfTheCopy());
    } else {
        setTitle(tr("The copy is not safe yet"));
        m_headline->setText(tr("Do not give this copy to anyone yet: details of yours are still in it."));
        QString details = tr("ScanShield read the copy back and found what is listed below. You can delete the copy, change "
                             "your choices (leave out the files named here) and make a new one.");
        if (!outcome.verification.note.isEmpty())
            details += QStringLiteral("\n\n") + outcome.verification.note;
        m_details->setText(details + QStringLiteral("\n\n") + factsOfTheCopy());
        for (const exposure::Finding& f : outcome.verification.findings) {
            const QString value = m_plan.showValues && !f.value.isEmpty() ? QStringLiteral(" \"%1\"").arg(f.value) : QString();
            // The files by name when they are few, so the person knows what to leave out.
            const QString where = f.files.size() <= 3 ? f.files.join(QStringLiteral(", "))
                                                      : tr("%n file(s)", nullptr, int(f.files.size()));
            m_problems->addItem(tr("Still in the copy: %1%2, in %3").arg(f.plainName, value, where));
        }
    }
    if (!outcome.historyNote.isEmpty())
        m_problems->addItem(outcome.historyNote);
    m_problems->setVisible(m_problems->count() > 0);
}

} // namespace scanshield::ui
