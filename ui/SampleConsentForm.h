#pragma once

#include <QString>

namespace scanshield::ui {

// A fictional hospital's consent form for imaging (resources/checklist/sample_consent_form.html,
// clearly labelled as a sample), written as a 2-page PDF so that a person can try the
// consent-form reader, and the tests can read a real PDF with it. In English, like the phrases
// ScanShield looks for. False with a sentence for a person when it cannot be written.
bool writeSampleConsentFormPdf(const QString& pdfPath, QString* error);

} // namespace scanshield::ui
