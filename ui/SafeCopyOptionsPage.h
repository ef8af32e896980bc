#pragma once

#include "ui/SafeCopyPlan.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QRadioButton;
class QVBoxLayout;

namespace scanshield::ui {

// Step 2: how to anonymize, in plain words. The patient's default (PS3.15 Basic Profile, dates
// moved, harmless descriptions kept, text in the pictures blacked out) is already chosen;
// every other option of the standard is one tick away, each with what it costs.
class SafeCopyOptionsPage : public QWizardPage {
    Q_OBJECT
public:
    SafeCopyOptionsPage(SafeCopyPlan& plan, QWidget* parent = nullptr);

    QRadioButton* moveDatesChoice() const { return m_moveDates; }
    QRadioButton* removeDatesChoice() const { return m_removeDates; }
    QRadioButton* keepDatesChoice() const { return m_keepDates; }
    QCheckBox* blackOutTextSwitch() const { return m_blackOutText; }
    QCheckBox* keepDescriptionsSwitch() const { return m_keepDescriptions; }
    QCheckBox* keepCharacteristicsSwitch() const { return m_keepCharacteristics; }
    QCheckBox* keepInstitutionSwitch() const { return m_keepInstitution; }
    QCheckBox* keepDeviceSwitch() const { return m_keepDevice; }
    QCheckBox* keepUidsSwitch() const { return m_keepUids; }
    QCheckBox* defaceSwitch() const { return m_deface; }

    bool validatePage() override;

private:
    QRadioButton* addDateChoice(QVBoxLayout* layout, const QString& text, const QString& why);
    QCheckBox* addSwitch(QVBoxLayout* layout, const QString& text, const QString& why, bool on);
    int picturesWithText() const;
    int scansWithFace() const;

    SafeCopyPlan& m_plan;
    QButtonGroup* m_dates = nullptr;
    QRadioButton* m_moveDates = nullptr;
    QRadioButton* m_removeDates = nullptr;
    QRadioButton* m_keepDates = nullptr;
    QCheckBox* m_blackOutText = nullptr;
    QCheckBox* m_deface = nullptr;
    QCheckBox* m_keepDescriptions = nullptr;
    QCheckBox* m_keepCharacteristics = nullptr;
    QCheckBox* m_keepInstitution = nullptr;
    QCheckBox* m_keepDevice = nullptr;
    QCheckBox* m_keepUids = nullptr;
    QCheckBox* m_cleanGraphics = nullptr;
    QCheckBox* m_cleanStructured = nullptr;
};

} // namespace scanshield::ui
