#include "ui/SafeCopyOptionsPage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {

// The sentence under a choice, indented under its text, in the palette's quieter colour.
QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 6);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SafeCopyOptionsPage::SafeCopyOptionsPage(SafeCopyPlan& plan, QWidget* parent) : QWizardPage(parent), m_plan(plan)
{
    setTitle(tr("How to anonymize"));
    setSubTitle(tr("The choices that protect you most are already made. Change them only if whoever receives the copy "
                   "needs something kept."));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the sentences wrap instead
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto* datesBox = new QGroupBox(tr("Dates"), content);
    auto* datesLayout = new QVBoxLayout(datesBox);
    m_dates = new QButtonGroup(this);
    m_moveDates = addDateChoice(datesLayout, tr("Move all dates by the same secret number of days (recommended)"),
                                tr("The time between your scans stays right, which doctors and researchers often need."));
    m_removeDates = addDateChoice(datesLayout, tr("Remove the dates"), tr("Safest, but nobody can tell when the scans were made."));
    m_keepDates = addDateChoice(datesLayout, tr("Keep the real dates"),
                                tr("Your birth date is still removed, but the dates of your visits help others find out who you are."));
    m_moveDates->setChecked(true);
    layout->addWidget(datesBox);

    auto* keepBox = new QGroupBox(tr("What to keep or remove"), content);
    auto* keepLayout = new QVBoxLayout(keepBox);
    const int withText = picturesWithText();
    m_blackOutText = addSwitch(keepLayout, tr("Black out text written into the pictures (recommended)"),
                               withText > 0 ? tr("ScanShield found text in %n picture(s) of this disc.", nullptr, withText)
                                            : tr("ScanShield found no text in the pictures of this disc."),
                               true);
    const int faces = scansWithFace();
    m_deface = addSwitch(keepLayout, tr("Remove your face from 3D scans of your head (defacing)"),
                         faces > 0 ? tr("ScanShield found your face in %n scan(s) of this disc. The front of the head, below "
                                        "the brain, is cut away; the brain is not touched. Leave this off if whoever receives "
                                        "the copy needs to see the face, the sinuses or the eyes.", nullptr, faces)
                                   : tr("ScanShield found no 3D scan of a head on this disc."),
                         false);
    m_deface->setEnabled(faces > 0);
    m_keepDescriptions = addSwitch(keepLayout, tr("Keep descriptions such as \"CT head\" that do not name you (recommended)"),
                                   tr("Descriptions that mention your name, ID or birth date are always removed."), true);
    m_keepCharacteristics = addSwitch(keepLayout, tr("Keep your age, sex, height and weight"),
                                      tr("Researchers often need them, but they narrow down who you are."), false);
    m_keepInstitution = addSwitch(keepLayout, tr("Keep the name and address of the hospital"),
                                  tr("Tells where you were treated, and so where you live."), false);
    m_keepDevice = addSwitch(keepLayout, tr("Keep the identity of the scanner (serial numbers, station names)"),
                             tr("Links the scan to one machine in one hospital."), false);
    m_keepUids = addSwitch(keepLayout, tr("Keep the original reference numbers (UIDs)"),
                           tr("Only if the receiver must match the copy with the hospital's records: they lead back to you."), false);
    m_cleanGraphics = addSwitch(keepLayout, tr("Also remove drawings and notes saved with the pictures"),
                                tr("Marks and annotations may hold names or dates."), false);
    m_cleanStructured = addSwitch(keepLayout, tr("Also clean structured reports"),
                                  tr("Removes names and places from the contents of reports stored as DICOM files."), false);
    layout->addWidget(keepBox);

    auto* always = new QLabel(tr("Always removed: your name, ID numbers, birth date, address, the doctors' names, and data "
                                 "that only the scanner's maker can read."),
                              content);
    always->setWordWrap(true);
    layout->addWidget(always);
    layout->addStretch(1);
}

QRadioButton* SafeCopyOptionsPage::addDateChoice(QVBoxLayout* layout, const QString& text, const QString& why)
{
    auto* choice = new QRadioButton(text, layout->parentWidget());
    choice->setAccessibleDescription(why);
    m_dates->addButton(choice);
    layout->addWidget(choice);
    layout->addWidget(explanation(why, layout->parentWidget()));
    return choice;
}

QCheckBox* SafeCopyOptionsPage::addSwitch(QVBoxLayout* layout, const QString& text, const QString& why, bool on)
{
    auto* box = new QCheckBox(text, layout->parentWidget());
    box->setChecked(on);
    box->setAccessibleDescription(why);
    layout->addWidget(box);
    layout->addWidget(explanation(why, layout->parentWidget()));
    return box;
}

int SafeCopyOptionsPage::scansWithFace() const
{
    int faces = 0;
    for (const exposure::Finding& f : m_plan.report.findings)
        faces += f.category == exposure::Category::Face && f.safeHarbor == QLatin1String("face_photo") ? 1 : 0;
    return faces;
}

int SafeCopyOptionsPage::picturesWithText() const
{
    return int(deid::textBoxesOf(m_plan.report).size());
}

bool SafeCopyOptionsPage::validatePage()
{
    deid::DeidOptions& options = m_plan.request.options;
    options.dates = m_keepDates->isChecked()     ? deid::DateHandling::RetainFullDates
                    : m_removeDates->isChecked() ? deid::DateHandling::BasicProfile
                                                 : deid::DateHandling::ShiftDates;
    options.cleanPixelData = m_blackOutText->isChecked();
    options.cleanRecognizableVisualFeatures = m_deface->isChecked();
    options.cleanDescriptors = m_keepDescriptions->isChecked();
    options.retainPatientCharacteristics = m_keepCharacteristics->isChecked();
    options.retainInstitutionIdentity = m_keepInstitution->isChecked();
    options.retainDeviceIdentity = m_keepDevice->isChecked();
    options.retainUids = m_keepUids->isChecked();
    options.cleanGraphics = m_cleanGraphics->isChecked();
    options.cleanStructuredContent = m_cleanStructured->isChecked();
    return true;
}

} // namespace scanshield::ui
