#include "exposure/Category.h"

namespace scanshield::exposure {

QString categoryKey(Category category)
{
    switch (category) {
    case Category::Identity: return QStringLiteral("identity");
    case Category::Dates: return QStringLiteral("dates");
    case Category::Places: return QStringLiteral("places");
    case Category::People: return QStringLiteral("people");
    case Category::Devices: return QStringLiteral("devices");
    case Category::FreeText: return QStringLiteral("free_text");
    case Category::Private: return QStringLiteral("private");
    case Category::BurnedIn: return QStringLiteral("burned_in");
    case Category::Face: return QStringLiteral("face");
    case Category::OutsideDicom: return QStringLiteral("outside_dicom");
    }
    return {};
}

std::optional<Category> categoryFromKey(const QString& key)
{
    for (Category category : kAllCategories)
        if (categoryKey(category) == key)
            return category;
    return std::nullopt;
}

} // namespace scanshield::exposure
