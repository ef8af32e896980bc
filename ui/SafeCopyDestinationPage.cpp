#include "ui/SafeCopyDestinationPage.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace scanshield::ui {

SafeCopyDestinationPage::SafeCopyDestinationPage(SafeCopyPlan& plan, QWidget* parent) : QWizardPage(parent), m_plan(plan)
{
    setTitle(tr("Where to put the copy"));
    setSubTitle(tr("Choose a place on this computer or on a USB stick. The copy is made here, on this computer; "
                   "nothing is sent anywhere."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Make the copy"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty() || !QFileInfo(documents).isDir())
        documents = QDir::homePath();
    m_folder = new QLineEdit(QDir::toNativeSeparators(documents), this);
    m_folder->setAccessibleName(tr("Folder in which to save the copy"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setAccessibleName(tr("Choose the folder in which to save the copy"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Save in:"), folderRow);
    // A name that says what it is and not whose it is.
    m_name = new QLineEdit(tr("Anonymized copy %1").arg(QDate::currentDate().toString(Qt::ISODate)), this);
    m_name->setAccessibleName(tr("Name of the copy's folder"));
    form->addRow(tr("Name of the copy:"), m_name);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    auto* after = new QLabel(tr("After the copy is made, ScanShield reads all of it back, the text in its pictures too, and "
                                "tells you whether anything of yours is still in it. That can take a few minutes."),
                             this);
    after->setWordWrap(true);
    layout->addWidget(after);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, &SafeCopyDestinationPage::chooseFolder);
    const auto recheck = [this] {
        m_problem->setText(problem());
        emit completeChanged();
    };
    connect(m_folder, &QLineEdit::textChanged, this, recheck);
    connect(m_name, &QLineEdit::textChanged, this, recheck);
    recheck();
}

QString SafeCopyDestinationPage::outputDir() const
{
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed())).absoluteFilePath(m_name->text().trimmed());
}

void SafeCopyDestinationPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose where to save the copy"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

qint64 SafeCopyDestinationPage::bytesNeeded() const
{
    qint64 bytes = 0;
    for (const media::PatientEntry& patient : m_plan.index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                if (m_plan.request.selection.includes(series))
                    for (const media::IndexedInstance& instance : series.instances)
                        bytes += instance.size;
    // Pictures whose text is blacked out are saved uncompressed, and may grow.
    return bytes + bytes / 10;
}

QString SafeCopyDestinationPage::problem() const
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString name = m_name->text().trimmed();
    if (folder.isEmpty() || name.isEmpty())
        return tr("Choose a folder and give the copy a name.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == QLatin1String("..") || name == QLatin1String("."))
        return tr("The name cannot contain / or \\.");
    const QFileInfo place(folder);
    if (!place.isDir())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
    if (!place.isWritable())
        return tr("ScanShield cannot write in %1. Choose another folder.").arg(QDir::toNativeSeparators(folder));
    const QString output = outputDir();
    const QFileInfo target(output);
    if (target.exists() && (!target.isDir() || !QDir(output).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return tr("%1 already exists. Choose another name.").arg(name);
    // Never inside the original: a disc is read-only anyway, and a folder must stay as it was.
    const QFileInfo disc(m_plan.discLocation);
    const QString discRoot = QDir::cleanPath(disc.isDir() ? disc.absoluteFilePath() : disc.absolutePath());
    const QString cleanOutput = QDir::cleanPath(output);
    if (cleanOutput == discRoot || cleanOutput.startsWith(discRoot + QLatin1Char('/')))
        return tr("The copy cannot go inside the original disc. Choose another folder.");
    const QStorageInfo storage(folder);
    const qint64 needed = bytesNeeded();
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        return tr("There is not enough room there: the copy needs about %1, and %2 is free.")
            .arg(QLocale().formattedDataSize(needed), QLocale().formattedDataSize(storage.bytesAvailable()));
    return QString();
}

void SafeCopyDestinationPage::initializePage()
{
    // What is included may have changed, and with it the room needed.
    m_problem->setText(problem());
}

bool SafeCopyDestinationPage::isComplete() const
{
    return problem().isEmpty();
}

bool SafeCopyDestinationPage::validatePage()
{
    if (!problem().isEmpty())
        return false;
    m_plan.request.outputDir = outputDir();
    return true;
}

} // namespace scanshield::ui
