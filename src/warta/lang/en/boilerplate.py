from warta.lang.schema import BoilerplateWords
from warta.records import BoilerplateKind as K

BOILERPLATE = BoilerplateWords(
    starts={
        K.RELATED: ("read more", "read also", "related:", "see also", "more from", "recommended"),
        K.SHARE: ("share this", "share on", "follow us"),
        K.PAGINATION: ("next page", "previous page"),
        K.TAGS: ("tags:", "topics:"),
        K.COPYRIGHT: ("©", "copyright"),
        K.ADVERTISEMENT: ("advertisement", "scroll to continue", "sponsored"),
        K.SUBSCRIBE: ("sign up", "subscribe", "newsletter"),
        K.UI: ("comments", "leave a comment"),
    },
    exact={
        K.UI: ("back to top", "close", "load more", "see all", "menu", "search"),
        K.SHARE: ("share", "facebook", "twitter", "x", "whatsapp", "telegram", "email", "print"),
        K.ADVERTISEMENT: ("advertisement", "ad", "ads"),
    },
    contains={
        K.COPYRIGHT: ("all rights reserved",),
    },
)
