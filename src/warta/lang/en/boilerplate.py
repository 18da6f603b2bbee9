from warta.lang.schema import BoilerplateWords
from warta.records import BoilerplateKind as K

BOILERPLATE = BoilerplateWords(
    starts={
        K.RELATED: ("read more:", "read also:", "related:", "see also:", "more from", "go deeper:",
                    "also read ",
                    "recommended for you", "read next", "you may also like", "most read",
                    "most popular", "more stories", "related stories", "related articles",
                    "also read:", "related coverage", "trending now", "editor's picks",
                    "watch:", "watch |", "[watch]", "read more about", "read more", "read:",
                    "must read",
                    "recommended stories", "related content", "more related stories",
                    "you might also like", "don't miss", "further reading", "top stories",
                    "in case you missed it", "related news:", "also read |", "video:",
                    "most viewed", "editor's choice:", "editor’s choice:", "related story",
                    "watch more news on",
                    # The USA Today network's link between paragraphs: "More: <headline>".
                    "more:",
                    # A teaser of the site's next story under this one: "Next Article <headline>".
                    "next article "),
        K.SHARE: ("share this", "share on", "follow us", "share article", "share via",
                  "like us on",
                  # A site's accounts listed under a story: "Facebook : @agency, @agencytv".
                  "facebook :", "facebook:", "twitter :", "twitter:", "instagram :", "instagram:",
                  "tiktok :", "tiktok:", "youtube :", "youtube:"),
        K.PAGINATION: ("next page", "previous page"),
        K.TAGS: ("tags:", "topics:", "filed under", "see more on:", "tags / keywords",
                 "more about:", "suggested topics", "related search:"),
        K.COPYRIGHT: ("©", "copyright", "(c) "),
        K.ADVERTISEMENT: ("advertisement", "scroll to continue", "sponsored", "story continues",
                          "article continues below", "article continues after",
                          "scroll to resume", "this advertisement has not loaded"),
        K.SUBSCRIBE: ("sign up", "subscribe to", "subscribe now", "newsletter",
                      "subscribe from", "subscribe for",
                      "this article was featured in", "this story was featured in",
                      "get the latest", "get current updates on", "already a subscriber",
                      "create a free account",
                      "get our", "to be updated with all the latest",
                      "while you're here:", "while you’re here:",
                      # A paywall's note to print subscribers.
                      "if you are a home delivery print subscriber"),
        K.UI: ("leave a comment", "add your comment", "view comments", "skip to",
               "skip next section", "click here",
               "role,", "reporting from,", "skip podcast",
               "sign in",
               "log in", "accept cookies", "we use cookies", "this site uses cookies",
               "this audio is generated", "this is ai generated", "this is ai-generated",
               "listen to this article", "do you like the content", "how does this make you feel",
               "read a summary of this article", "your browser does not support",
               "this article is more than", "font size", "text size", "font resizer",
               "why you can trust",
               # What an embedded Instagram post copies as.
               "view this post on instagram", "a post shared by",
               # A video player that did not load, as a copied page keeps it.
               "we apologize, but this video has failed to load",
               "tap here to see other videos"),
        # A wire story's note on what changed: "(Updates with company's comment)".
        K.OTHER: ("(updates with", "(adds ", "(recasts",
                  # A correction's note under the story, and the paper's policy after it.
                  "an earlier version of this article", "when we learn of a mistake",
                  "correction:", "clarification:", "this article was amended",
                  "editor's note: an earlier version", "editor’s note: an earlier version",
                  "this article has been amended", "this article was corrected",
                  "this story was corrected", "this story has been corrected",
                  # A reader's feedback box under the story.
                  "did you find this article", "found a mistake in this article",
                  "for feedback, complaints, or inquiries", "for feedback, complaints or",
                  # Who edited the story for which medium: "This story was edited for radio
                  # by ... and for the web by ...".
                  "this story was edited for radio", "this story was edited for",
                  # A reader survey's box: "Your Opinion Matters" / "Share your experiences,
                  # suggestions ..." / "Start Survey" / "Thank you for sharing your thoughts."
                  "your opinion matters", "share your experiences, suggestions",
                  "start survey", "take the survey", "thank you for sharing your thoughts",
                  "thank you for your feedback",
                  # An editor's note on where else the story ran: "This story also runs in the
                  # March 5 print edition of ...", "This report was first published in ...".
                  "this story also runs in", "this story appeared in", "this article appeared in",
                  "appeared in the print edition", "this article first appeared",
                  "this story first appeared", "this report was first published",
                  "this article was first published", "this story was first published",
                  "only part of the stories distributed to subscribers"),
        K.FOOTER: ("our standards:", "source:", "we acknowledge aboriginal", "write to ",
                   "this service may include material",
                   # The legend of the page's times: "All times shown are AEST (...)".
                   "all times shown are", "all times are"),
    },
    exact={
        K.UI: ("back to top", "close", "load more", "see all", "menu", "search", "search for",
               "home", "learn more",
               "no stories could be found", "open this photo in gallery",
               "more", "sign in", "log in", "login", "register", "comments", "comment", "reply",
               "show more", "read more", "opens in new window", "opens new tab",
               "opens in new tab", "skip to content", "top", "see more",
               "listen", "listen to article", "print", "save", "gift article", "loading...",
               "loading", "link copied", "+ follow", "follow", "follow topic:",
               # The label of a summary box over the story, not its heading.
               "key points", "story highlights", "change size",
               "gift premium articles", "gift this article", "like", "hide ads", "hide ad",
               "reuse this content",
               "hide caption", "show caption", "toggle caption", "show comments",
               "join our commenting forum",
               "join the comments", "join the conversation", "this field is required",
               # A wire photo's link under its caption.
               "purchase licensing rights", "buy licensing rights",
               # A gallery's button over its first picture.
               "view # images", "view # photos", "see all # photos", "# photos", "# images",
               # A reading time on its own line, by a byline or under a related headline.
               "# min read", "# mins read", "# minute read", "# minutes read", "# min listen"),
        # The button of an appeal for readers' money.
        K.PROMO: ("support now", "support us", "donate now", "contribute now"),
        K.SHARE: ("share", "share options", "facebook", "twitter", "x", "whatsapp", "telegram",
                  "email",
                  "linkedin", "reddit", "pinterest", "copy link", "copy", "instagram",
                  "youtube", "tweet", "share this article", "flipboard", "email link"),
        K.ADVERTISEMENT: ("advertisement", "ad", "ads", "sponsored", "advertising",
                          "sponsored content", "paid content", "skip advertisement",
                          "report this ad", "ad feedback", "sponsor message"),
        # A wire story's end mark (Yonhap's "(END)"), no one's initials.
        K.OTHER: ("(end)", "end", "(ends)"),
        # The heading of the box naming who wrote and edited the story, under its tags.
        K.FOOTER: ("editorial team", "the editorial team"),
        K.SUBSCRIBE: ("subscribe", "subscribe now", "sign up", "sign me up", "weekly newsletter",
                      "daily newsletter", "we have more newsletters", "more newsletters"),
        K.RELATED: ("related", "more on this story", "related article", "related articles",
                    "related internet links",
                    "recommended",
                    "trending", "latest", "latest news", "popular", "most read", "most recent",
                    "related news",
                    "editor's choice", "editor’s choice", "explore more", "top news today",
                    "top news", "more on", "more on this topic", "most viewed", "more news",
                    "more to read", "more articles",
                    # The markers a box of links gives screen readers, as it copies.
                    "list of # items", "list # of #", "end of list",
                    "also worth reading", "also read"),
        K.TAGS: ("tags", "topics", "related topics", "related tags", "related search", "topic",
                 "see more on", "follow the topics in this article",
                 "follow related authors and topics", "follow related topics",
                 "mentioned in this article",
                 "keywords", "more about",
                 "explore more on these topics", "more on these topics", "tags / keywords"),
        K.PAGINATION: ("next", "previous", "prev", "next article", "previous article"),
    },
    contains={
        K.COPYRIGHT: ("all rights reserved",),
        # An editor's note on what an update changed, after its time: "Update 2/18/25, 1:15
        # p.m. ET: This article was updated with ...".
        K.OTHER: ("this article was updated", "this article has been updated",
                  "this story was updated", "this story has been updated",
                  "this report has been updated"),
        # "Add <Outlet> as a Preferred Source on Google to see more of our stories".
        K.SHARE: ("as a preferred source on google",),
        K.COMMENTS: ("save my name, email", "by submitting this form", "your email address will "
                     "not be published", "community standards", "comment policy"),
        K.SUBSCRIBE: ("subscribe to our newsletter", "successfully subscribed",
                      "succesfully subscribed", "privacy notice:", "as a subscriber, you can",
                      # A paywall's meter: "You are reading 1 of 3 free premium articles".
                      "free premium articles", "free articles this month",
                      "free articles remaining", "free article remaining"),
        K.FOOTER: ("disclaimer:", "a version of this article appears in print",
                   # A magazine's note: "This article appears in the December 2025 print
                   # edition with the headline ...".
                   "print edition with the headline", "print edition under the headline",
                   # A wire's note on who pays for a beat: "... education coverage receives
                   # financial support from ...".
                   "coverage receives financial support", "coverage receives funding",
                   "receives support for its",
                   "reporting gets funding from",
                   "alone is responsible for all content", "is solely responsible for all content"),
        # A newsroom's appeal for readers' money under the story, and an affiliate notice's
        # "This helps support our journalism".
        K.PROMO: ("consider a small donation", "consider a donation", "consider donating",
                  "support independent journalism", "support our journalism",
                  "subscribing supports the journalism", "every contribution, large or small",
                  "supporting our journalism", "journalism is more important than ever",
                  "free to read for everyone"),
    },
    promo={
        K.FOOTER: ("contributed to this report", "contributed reporting",
                   "contributed to this story", "contributed to this article", " contributed.",
                   "with a report from", "with files from",
                   "with reports from", "this story is part of"),
        K.SHARE: ("whatsapp channel", "telegram channel", "google news", "story ideas to",
                  "join our channel", "for breaking news",
                  "on facebook, on x", "on facebook and x", "on facebook, x and",
                  "got a story for us", "on telegram for",
                  "share the best of", "for more updates on", "on whatsapp.", "on whatsapp for"),
        K.COMMENTS: ("commenting platform", "comments have to be", "values your comments",
                     "spotted an error in this story", "send us your thoughts",
                     "send us your feedback"),
        K.SUBSCRIBE: ("sign up for our", "sign up here", "by registering, you agree",
                      "you agree to our terms", "news alerts", "sent to your inbox",
                      "sent to you as", "delivered to your inbox", "our free newsletter",
                      "directly to your inbox",
                      "subscribe for", "sign up to our", "in your inbox",
                      "by subscribing, you agree", "daily digest", "sign up for it here",
                      # A sign-up form's consent boxes, a podcast's promotion.
                      "contact me with news and offers", "get the top stories in",
                      "register for free", "turn on push alerts"),
        # A call to the outlet's app or radio under the story: "Download the News app from the
        # App Store for iPhone or Google Play for Android.", "Listen to the best of ... on Sounds".
        K.PROMO: ("from the app store", "on google play", "listen to the best of"),
        # A site's notice on its content: "... may not be copied without written permission".
        K.COPYRIGHT: ("without written permission",),
        K.UI: ("generated by an ai", "ai-generated summar", "ai generated summar",
               "with the help of ai",
               "can now listen to"),
    },
    credits=("getty images", "shutterstock", "handout", "file photo", "supplied", "afp",
             # Australian papers' word for a reader's or an agency's picture.
             "picture supplied", "photo supplied", "image supplied",
             "reuters", "ap", "ap photo", "epa", "alamy", "istock", "pa", "pa media", "pa wire",
             "filepic", "file pic", "bernamapix",
             # News agencies named alone after a caption: "... on March 29. Yonhap". Not those
             # that sign their stories off the same way ("-- BERNAMA", "(PTI)", "(IANS)").
             "yonhap", "xinhua", "kyodo", "kyodo news", "anadolu", "dpa", "efe", "newsis",
             "news1"),
    credit_openers=("photo:", "image:", "credit:", "photograph:", "ap photo", "reuters/",
                    "getty images", "afp/", "epa/", "afp via", "photo by", "picture:",
                    "picture by", "supplied:", "photos:", "file photo:", "illustration:",
                    "credit...", "credit…", "photographer:", "pic:", "photo credit:",
                    "courtesy of", "courtesy ", "photo courtesy", "photo courtesy of",
                    "photo from", "rendering:", "submitted by", "illustration by"),
    credit_labels=("photo", "photos", "image", "images", "photograph", "photographer", "pic",
                   "file",
                   "picture", "credit", "photo by", "picture by", "photograph by", "source",
                   "illustration", "illustration by",
                   "photo courtesy of", "photo courtesy", "photo from", "image credit", "graphic",
                   "graphics",
                   # What a screen reader hears before a caption and its credit (BBC).
                   "image caption", "image source", "media caption", "photo credit"),
    image_markers=("zoom-in", "enlarge", "expand", "zoom in", "view image"),
    summary_labels=("in short", "key points", "story highlights", "key takeaways", "at a glance",
                    "what you need to know",
                    "summary", "ai generated summary", "ai-generated summary", "ai summary"),
    player_lengths=("duration", "length", "runtime"),
    box_skip=("skip the", "skip past the", "skip past", "skip"),
    chart_sources=("source:", "source :", "sources:"),
    chart_ends=("download data", "download the data", "embed", "view full chart",
                "explore the data"),
    box_end=("end of the", "end of", "after"),
    list_intros=("as follows", "the following"),
    page_word=("page", "pages"),
    page_of=("of",),
    page_next=("next", "next page"),
    page_previous=("previous", "previous page", "prev"),
)
