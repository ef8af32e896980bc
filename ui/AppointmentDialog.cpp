#include "ui/AppointmentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanshield::ui {

AppointmentDialog::AppointmentDialog(const store::Appointment& appointment, QWidget* parent)
    : QDialog(parent), m_appointment(appointment)
{
    setWindowTitle(appointment.id == 0 ? tr("New appointment") : tr("About this appointment"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These details stay on this computer. They are printed at the top of your question sheet."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = new QLineEdit(appointment.title, this);
    m_title->setPlaceholderText(tr("For example: Dr Weber, knee MRI"));
    m_title->setAccessibleName(tr("Name of the appointment"));
    form->addRow(tr("&Name:"), m_title);

    m_dateKnown = new QCheckBox(tr("I know the &date"), this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(appointment.date.isValid() ? appointment.date : QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the appointment"));
    m_dateKnown->setChecked(appointment.date.isValid());
    m_date->setEnabled(appointment.date.isValid());
    connect(m_dateKnown, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateKnown);
    dateRow->addWidget(m_date, 1);
    form->addRow(tr("Date:"), dateRow);

    m_place = new QLineEdit(appointment.place, this);
    m_place->setPlaceholderText(tr("The hospital or clinic"));
    m_place->setAccessibleName(tr("Place of the appointment"));
    form->addRow(tr("&Place:"), m_place);

    m_scanKind = new QComboBox(this);
    m_scanKind->setEditable(true);
    m_scanKind->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_scanKind->addItems({tr("MRI"), tr("CT scan"), tr("X-ray"), tr("Ultrasound"), tr("Mammogram"), tr("PET scan")});
    m_scanKind->setCurrentIndex(-1);
    m_scanKind->setCurrentText(appointment.scanKind);
    m_scanKind->setAccessibleName(tr("Kind of scan"));
    m_scanKind->lineEdit()->setPlaceholderText(tr("Choose or write one"));
    form->addRow(tr("&Kind of scan:"), m_scanKind);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(appointment.id == 0 ? tr("Add") : tr("Save"));
    // An appointment needs a name: the list shows it by that name.
    ok->setEnabled(!m_title->text().trimmed().isEmpty());
    connect(m_title, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

store::Appointment AppointmentDialog::appointment() const
{
    store::Appointment appointment = m_appointment;
    appointment.title = m_title->text().trimmed();
    appointment.date = m_dateKnown->isChecked() ? m_date->date() : QDate();
    appointment.place = m_place->text().trimmed();
    appointment.scanKind = m_scanKind->currentText().trimmed();
    return appointment;
}

} // namespace scanshield::ui
