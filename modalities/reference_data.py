"""Reference content for approaches, concerns and reading lists, in English and French.

Written for this directory in plain language. Loaded by modalities.reference.modalities_load
(manage.py load_reference_data). The related-approach graph is symmetric: a relation listed on
one side is enough.
"""

APPROACHES = [
    {
        "slug": "compassion-based",
        "short_name": {"en": "", "fr": ""},
        "family": "compassion",
        "name": {
            "en": "Compassion-based approach",
            "fr": "Approche axée sur la compassion",
        },
        "summary": {
            "en": (
                "A way of working that helps you meet your own pain, mistakes and struggles "
                "with kindness instead of harsh self-criticism."
            ),
            "fr": (
                "Une façon de travailler qui vous aide à accueillir votre douleur, vos erreurs "
                "et vos difficultés avec bienveillance plutôt qu'avec une autocritique sévère."
            ),
        },
        "what_it_is": {
            "en": (
                "A compassion-based approach is a broad way of doing therapy that puts kindness "
                "at the centre. Compassion here means noticing suffering, in yourself or "
                "others, and wanting to ease it. It is not the same as pity, and it does not "
                "mean letting yourself off the hook.\n\n"
                "Therapists who work this way draw on several sources, including "
                "compassion-focused therapy, mindfulness and self-compassion practices. Rather "
                "than following one fixed method, they weave compassion into the whole of "
                "therapy: how they listen to you, how they help you look at hard experiences, "
                "and how they encourage you to speak to yourself."
            ),
            "fr": (
                "L'approche axée sur la compassion est une façon large de faire de la thérapie "
                "qui place la bienveillance au centre. Ici, la compassion veut dire remarquer "
                "la souffrance, la vôtre ou celle des autres, et avoir envie de l'apaiser. Ce "
                "n'est pas de la pitié, ni une façon de tout vous permettre.\n\n"
                "Les thérapeutes qui travaillent ainsi s'inspirent de plusieurs sources, dont "
                "la thérapie centrée sur la compassion, la pleine conscience et les pratiques "
                "d'autocompassion. Plutôt que de suivre une méthode fixe, ils intègrent la "
                "compassion à toute la démarche : leur façon de vous écouter, de vous aider à "
                "regarder des expériences difficiles et de vous encourager à vous parler "
                "autrement."
            ),
        },
        "how_it_helps": {
            "en": (
                "Many people carry a harsh inner critic. It may have started as a way to stay "
                "safe or push yourself, but over time it can feed shame, anxiety and low mood. "
                "A compassion-based approach helps you notice that voice and slowly build a "
                "warmer, steadier one alongside it.\n\n"
                "This does not mean ignoring problems. A kind inner voice can make it easier to "
                "face mistakes, take responsibility and try again, because you are not also "
                "fighting yourself. Research on self-compassion suggests it is linked with less "
                "distress and more resilience. Still, it is a skill that takes practice, not a "
                "quick fix."
            ),
            "fr": (
                "Beaucoup de gens portent en eux un critique intérieur sévère. Il est peut-être "
                "né pour vous protéger ou vous pousser, mais avec le temps, il peut nourrir la "
                "honte, l'anxiété et la tristesse. Cette approche vous aide à repérer cette "
                "voix et à développer peu à peu, à côté d'elle, une voix plus chaleureuse et "
                "plus stable.\n\n"
                "Il ne s'agit pas d'ignorer les problèmes. Une voix intérieure bienveillante "
                "peut aider à reconnaître ses erreurs, à en assumer la responsabilité et à "
                "recommencer, puisqu'on ne lutte plus contre soi-même en même temps. La "
                "recherche sur l'autocompassion suggère qu'elle est associée à moins de "
                "détresse et à plus de résilience. C'est toutefois une habileté qui se "
                "pratique, pas une solution rapide."
            ),
        },
        "who_it_helps": {
            "en": (
                "This approach can suit anyone who is hard on themselves. It is often helpful "
                "for people living with shame, guilt, perfectionism, depression or anxiety, and "
                "for those who feel they never measure up. It can also support people "
                "recovering from hurtful experiences, including trauma, where self-blame often "
                "lingers.\n\n"
                "Some people find kindness toward themselves strange or even uncomfortable at "
                "first. That is common, and a good therapist will go at your pace. Caregivers, "
                "health workers and others who spend their days looking after people may also "
                "find it useful when they feel drained or burned out."
            ),
            "fr": (
                "Cette approche peut convenir à toute personne dure envers elle-même. Elle aide "
                "souvent les gens aux prises avec la honte, la culpabilité, le perfectionnisme, "
                "la dépression ou l'anxiété, ainsi que ceux qui ont l'impression de ne jamais "
                "être à la hauteur. Elle peut aussi soutenir les personnes qui se remettent "
                "d'expériences blessantes, y compris un traumatisme, lorsque le blâme de soi "
                "persiste.\n\n"
                "Au début, la douceur envers soi-même peut sembler étrange, voire "
                "inconfortable. C'est fréquent, et une bonne ou un bon thérapeute respectera "
                "votre rythme. Les proches aidants, le personnel de la santé et tous ceux qui "
                "prennent soin des autres peuvent aussi y trouver du soutien lorsqu'ils se "
                "sentent épuisés."
            ),
        },
        "session_looks_like": {
            "en": (
                "Sessions usually feel like a warm, open conversation. You talk about what is "
                "weighing on you, and your therapist helps you notice how you treat yourself in "
                "those moments. Together you might explore where a harsh inner voice came from "
                "and what it is trying to protect.\n\n"
                "Your therapist may invite you to try short exercises, such as slow breathing, "
                "imagining how you would speak to a friend in your situation, or writing "
                "yourself a kind letter. You can always say no or go slower. Between sessions, "
                "you may be encouraged to practise small moments of self-kindness in daily "
                "life."
            ),
            "fr": (
                "Les séances ressemblent souvent à une conversation chaleureuse et ouverte. "
                "Vous parlez de ce qui vous pèse, et votre thérapeute vous aide à remarquer "
                "comment vous vous traitez dans ces moments-là. Ensemble, vous pourriez "
                "explorer d'où vient votre voix critique et ce qu'elle cherche à protéger.\n\n"
                "Votre thérapeute peut vous proposer de courts exercices : respirer lentement, "
                "imaginer ce que vous diriez à une amie ou à un ami dans votre situation, ou "
                "vous écrire une lettre bienveillante. Vous pouvez toujours refuser ou "
                "ralentir. Entre les séances, on pourrait vous encourager à vous accorder de "
                "petits moments de douceur au quotidien."
            ),
        },
        "related": [
            "compassion-focused-therapy",
            "person-centred",
            "mindfulness-based",
            "acceptance-and-commitment-therapy",
        ],
    },
    {
        "slug": "compassion-focused-therapy",
        "short_name": {"en": "CFT", "fr": "CFT"},
        "family": "compassion",
        "name": {
            "en": "Compassion-Focused Therapy",
            "fr": "Thérapie centrée sur la compassion",
        },
        "summary": {
            "en": (
                "A therapy developed by Paul Gilbert that helps people who struggle with shame "
                "and self-criticism build a calmer, kinder way of relating to themselves."
            ),
            "fr": (
                "Une thérapie conçue par Paul Gilbert qui aide les personnes aux prises avec la "
                "honte et l'autocritique à développer une relation plus calme et plus "
                "bienveillante avec elles-mêmes."
            ),
        },
        "what_it_is": {
            "en": (
                "Compassion-Focused Therapy (CFT) was developed by British psychologist Paul "
                "Gilbert. He noticed that many people understood their problems in therapy but "
                "still felt awful about themselves. CFT was designed to help with that deep "
                "sense of shame and self-criticism.\n\n"
                "CFT draws on evolution, brain science and research on attachment. It describes "
                "three emotion systems we all share. The threat system scans for danger and "
                "brings fear, anger or anxiety. The drive system pushes us toward goals and "
                "rewards. The soothing system helps us feel safe, calm and connected. When "
                "threat and drive take over, we can feel constantly on edge. CFT aims to "
                "restore balance."
            ),
            "fr": (
                "La thérapie centrée sur la compassion (CFT) a été élaborée par le psychologue "
                "britannique Paul Gilbert. Il avait remarqué que bien des gens comprenaient "
                "leurs difficultés, mais se sentaient encore mal dans leur peau. La CFT vise ce "
                "sentiment de honte et d'autocritique.\n\n"
                "Elle s'appuie sur l'évolution, les neurosciences et la théorie de "
                "l'attachement. Elle décrit trois systèmes émotionnels communs à tous. Le "
                "système de menace repère le danger et déclenche la peur, la colère ou "
                "l'anxiété. Le système de motivation nous pousse vers des buts et des "
                "récompenses. Le système d'apaisement nous aide à nous sentir en sécurité, "
                "calmes et liés aux autres. Quand les deux premiers dominent, on vit sur le "
                "qui-vive. La CFT cherche à rétablir l'équilibre."
            ),
        },
        "how_it_helps": {
            "en": (
                "CFT starts from the idea that it is not your fault that your mind works the "
                "way it does. Our brains were shaped by evolution and by early experiences we "
                "did not choose. Seeing this can ease shame, while still leaving room to take "
                "responsibility for what happens next.\n\n"
                "The core of CFT is compassionate mind training. Through practices such as "
                "soothing breathing, imagery and gentler self-talk, you strengthen the soothing "
                "system so it can calm the threat system when it fires up. Over time, this can "
                "help you meet setbacks with more steadiness and less self-attack. Research on "
                "CFT is still growing, and it suggests benefits, especially when shame and "
                "self-criticism are high."
            ),
            "fr": (
                "La CFT part de l'idée que ce n'est pas votre faute si votre esprit fonctionne "
                "ainsi. Notre cerveau a été façonné par l'évolution et par des expériences "
                "précoces que nous n'avons pas choisies. Le comprendre peut alléger la honte, "
                "sans vous enlever la responsabilité de la suite.\n\n"
                "Le cœur de la CFT est l'entraînement de l'esprit compatissant. Grâce à la "
                "respiration apaisante, à l'imagerie et à un dialogue intérieur plus doux, vous "
                "renforcez le système d'apaisement pour qu'il calme la menace quand elle "
                "s'emballe. Avec le temps, vous pourriez traverser les revers avec plus de "
                "stabilité et moins de dureté envers vous-même. La recherche sur la CFT, encore "
                "en croissance, suggère des bienfaits, surtout en cas de forte honte."
            ),
        },
        "who_it_helps": {
            "en": (
                "CFT was created for people with high levels of shame and self-criticism, "
                "whatever the diagnosis. It is used with depression, anxiety, eating "
                "difficulties, trauma, anger and psychosis, and some mental health services "
                "offer it to people facing complex, long-standing difficulties.\n\n"
                "It can be a good fit if reassurance from others does not seem to stick, if you "
                "feel you deserve to suffer, or if being kind to yourself feels unsafe or "
                "undeserved. These reactions are called fears of compassion. CFT works with "
                "them directly rather than expecting you to feel warm right away. It is offered "
                "one-on-one and in groups."
            ),
            "fr": (
                "La CFT a été conçue pour les personnes qui vivent beaucoup de honte et "
                "d'autocritique, peu importe le diagnostic. On l'utilise en cas de dépression, "
                "d'anxiété, de difficultés alimentaires, de traumatisme, de colère et de "
                "psychose. Certains services de santé mentale l'offrent aussi aux personnes qui "
                "vivent des difficultés complexes et de longue date.\n\n"
                "Elle peut vous convenir si les paroles rassurantes des autres ne vous "
                "atteignent pas, si vous avez l'impression de mériter de souffrir ou si la "
                "bienveillance envers vous-même vous semble dangereuse ou imméritée. On parle "
                "alors de peurs de la compassion. La CFT travaille directement avec elles, sans "
                "exiger que vous vous sentiez bien tout de suite. Elle est offerte en "
                "individuel et en groupe."
            ),
        },
        "session_looks_like": {
            "en": (
                "Early sessions often focus on understanding your story: what threats you "
                "faced, how you learned to protect yourself, and what those strategies cost you "
                "now. Your therapist may sketch a simple diagram of the three systems with you, "
                "so you can see how they play out in your life.\n\n"
                "Later, sessions mix conversation with practice. You might try soothing rhythm "
                "breathing, picture a safe place, or imagine a compassionate figure or your own "
                "compassionate self. Some therapists use chair work, where you speak from "
                "different parts of yourself. Exercises are brief and adapted to you, and you "
                "may be given short practices to try at home."
            ),
            "fr": (
                "Les premières séances servent souvent à comprendre votre histoire : les "
                "menaces que vous avez connues, la façon dont vous avez appris à vous protéger "
                "et ce que ces stratégies vous coûtent aujourd'hui. Votre thérapeute peut "
                "dessiner avec vous un schéma des trois systèmes pour voir comment ils agissent "
                "dans votre vie.\n\n"
                "Par la suite, les séances combinent discussion et pratique. Vous pourriez "
                "essayer la respiration apaisante, imaginer un lieu sûr ou vous représenter une "
                "figure bienveillante ou la partie compatissante de vous-même. Certains "
                "thérapeutes utilisent le travail avec les chaises, où vous parlez à partir de "
                "différentes parties de vous. Les exercices sont courts et adaptés, et on "
                "pourrait vous proposer de brèves pratiques à la maison."
            ),
        },
        "related": [
            "compassion-based",
            "acceptance-and-commitment-therapy",
            "mindfulness-based",
            "emotion-focused-therapy",
        ],
    },
    {
        "slug": "acceptance-and-commitment-therapy",
        "short_name": {"en": "ACT", "fr": "ACT"},
        "family": "cognitive-behavioural",
        "name": {
            "en": "Acceptance and Commitment Therapy",
            "fr": "Thérapie d'acceptation et d'engagement",
        },
        "summary": {
            "en": (
                "A therapy that helps you make room for difficult thoughts and feelings so you "
                "can put more energy into living by what matters to you."
            ),
            "fr": (
                "Une thérapie qui vous aide à faire de la place aux pensées et aux émotions "
                "difficiles afin de consacrer plus d'énergie à ce qui compte vraiment pour "
                "vous."
            ),
        },
        "what_it_is": {
            "en": (
                "Acceptance and Commitment Therapy (ACT, said like the word 'act') was "
                "developed by Steven Hayes and colleagues in the 1980s and 1990s. It belongs to "
                "the cognitive-behavioural family, but it takes a different angle. Instead of "
                "trying to change or get rid of painful thoughts and feelings, ACT helps you "
                "change your relationship with them.\n\n"
                "ACT rests on six linked skills: acceptance, stepping back from thoughts, "
                "attention to the present moment, a steady sense of self, knowing your values, "
                "and committed action guided by those values. Together they build what ACT "
                "calls psychological flexibility: staying in touch with the present and acting "
                "on your values, even when things are hard."
            ),
            "fr": (
                "La thérapie d'acceptation et d'engagement (ACT) a été mise au point par Steven "
                "Hayes et ses collègues dans les années 1980 et 1990. Elle fait partie de la "
                "famille cognitivo-comportementale, mais sous un angle différent. Plutôt que de "
                "chercher à changer ou à éliminer les pensées et les émotions pénibles, l'ACT "
                "vous aide à changer votre relation avec elles.\n\n"
                "L'ACT repose sur six habiletés liées : l'acceptation, la prise de distance "
                "face aux pensées, l'attention au moment présent, un sens stable de soi, la "
                "clarification des valeurs et l'action engagée guidée par ces valeurs. "
                "Ensemble, elles développent la flexibilité psychologique, soit la capacité de "
                "rester en contact avec le présent et d'agir selon ses valeurs, même quand "
                "c'est difficile."
            ),
        },
        "how_it_helps": {
            "en": (
                "Struggling against painful feelings is natural, but it often backfires. "
                "Avoiding what scares you can shrink your life, and arguing with your thoughts "
                "can keep you stuck in them. ACT offers another option: let thoughts and "
                "feelings be there, notice them for what they are, and keep moving toward what "
                "you care about.\n\n"
                "For example, you might learn to see the thought 'I'm a failure' as words your "
                "mind produces, not a fact you must obey. You also get clear on your values, "
                "such as being a caring parent or a loyal friend, and take small, concrete "
                "steps toward them. Research suggests ACT can help with a wide range of "
                "problems."
            ),
            "fr": (
                "Lutter contre les émotions pénibles est naturel, mais cela se retourne souvent "
                "contre nous. Éviter ce qui fait peur peut rétrécir votre vie, et argumenter "
                "avec vos pensées peut vous y enfermer. L'ACT propose une autre voie : laisser "
                "les pensées et les émotions être là, les reconnaître pour ce qu'elles sont et "
                "continuer d'avancer vers ce qui compte pour vous.\n\n"
                "Par exemple, l'idée d'être un échec peut devenir de simples mots produits par "
                "votre esprit, et non un fait auquel obéir. Vous clarifiez aussi vos valeurs, "
                "comme être un parent attentionné ou une amie fidèle, et vous faites de petits "
                "pas concrets dans leur direction. La recherche suggère que l'ACT peut être "
                "utile pour bien des difficultés."
            ),
        },
        "who_it_helps": {
            "en": (
                "ACT is used with many kinds of difficulties, including anxiety, depression, "
                "obsessive-compulsive disorder, work stress, substance use and psychosis. It is "
                "also widely used with people living with chronic pain or long-term illness, "
                "where the aim is to live well alongside something that may not go away.\n\n"
                "It can be a good fit if you feel stuck fighting your own mind, if you avoid "
                "situations because of how they make you feel, or if you have lost touch with "
                "what matters to you. ACT can be offered one-on-one, in groups or in short "
                "workshops, and it is used with adults, teens and families."
            ),
            "fr": (
                "L'ACT est utilisée pour bien des difficultés, dont l'anxiété, la dépression, "
                "le trouble obsessionnel-compulsif, le stress au travail, la consommation de "
                "substances et la psychose. On y a aussi beaucoup recours auprès des personnes "
                "qui vivent avec une douleur chronique ou une maladie de longue durée, lorsque "
                "le but est de bien vivre malgré quelque chose qui ne disparaîtra peut-être "
                "pas.\n\n"
                "Elle peut vous convenir si vous avez l'impression de vous battre contre votre "
                "propre tête, si vous évitez des situations à cause de ce qu'elles vous font "
                "ressentir ou si vous avez perdu de vue ce qui compte pour vous. L'ACT se "
                "pratique en individuel, en groupe ou en courts ateliers, auprès d'adultes, "
                "d'adolescents et de familles."
            ),
        },
        "session_looks_like": {
            "en": (
                "An ACT session is active and practical. Your therapist will ask what you have "
                "been struggling with and what you have tried in order to cope. Many of these "
                "strategies made sense at the time but may now be holding you back.\n\n"
                "Sessions often include short mindfulness exercises, metaphors and small "
                "experiments. For instance, you might picture your thoughts as passengers on a "
                "bus you are driving: they can shout, but you still choose the route. You will "
                "spend time exploring your values and setting small, realistic goals. Between "
                "sessions, you may be asked to try a new skill or take one step toward "
                "something that matters."
            ),
            "fr": (
                "Une séance d'ACT est active et concrète. Votre thérapeute vous demandera avec "
                "quoi vous vous débattez et ce que vous avez essayé pour y faire face. "
                "Plusieurs de ces stratégies avaient du sens sur le moment, mais elles vous "
                "freinent peut-être aujourd'hui.\n\n"
                "Les séances comprennent souvent de courts exercices de pleine conscience, des "
                "métaphores et de petites expériences. Par exemple, vous pourriez imaginer vos "
                "pensées comme des passagers dans un autobus que vous conduisez : ils peuvent "
                "crier, mais c'est vous qui choisissez la route. Vous explorerez aussi vos "
                "valeurs et vous fixerez de petits objectifs réalistes. Entre les séances, on "
                "pourrait vous proposer d'essayer une nouvelle habileté ou de faire un pas vers "
                "ce qui compte."
            ),
        },
        "related": [
            "compassion-based",
            "compassion-focused-therapy",
            "mindfulness-based",
            "cognitive-behavioural-therapy",
            "dialectical-behaviour-therapy",
        ],
    },
    {
        "slug": "mindfulness-based-cognitive-therapy",
        "short_name": {"en": "MBCT", "fr": "MBCT"},
        "family": "mindfulness",
        "name": {
            "en": "Mindfulness-Based Cognitive Therapy",
            "fr": "Thérapie cognitive fondée sur la pleine conscience",
        },
        "summary": {
            "en": (
                "An 8-week group program that combines mindfulness practice with ideas from "
                "cognitive therapy, first designed to help people who have had depression lower "
                "the risk of it coming back."
            ),
            "fr": (
                "Un programme de groupe de huit semaines qui allie la pleine conscience et des "
                "notions de thérapie cognitive, conçu à l'origine pour aider les personnes "
                "ayant vécu une dépression à réduire le risque de rechute."
            ),
        },
        "what_it_is": {
            "en": (
                "Mindfulness-Based Cognitive Therapy (MBCT) was developed in the 1990s by "
                "Zindel Segal, Mark Williams and John Teasdale. Zindel Segal works in Toronto, "
                "so MBCT has Canadian roots. It builds on Jon Kabat-Zinn's Mindfulness-Based "
                "Stress Reduction program and adds ideas from cognitive therapy.\n\n"
                "Mindfulness means paying attention to what is happening right now, on purpose "
                "and without judging it. MBCT is usually taught as an 8-week group course, with "
                "one class of about two hours each week. It was first designed for people who "
                "had recovered from depression but were at risk of it returning. It has since "
                "been adapted for other concerns."
            ),
            "fr": (
                "La thérapie cognitive fondée sur la pleine conscience (MBCT) a été mise au "
                "point dans les années 1990 par Zindel Segal, Mark Williams et John Teasdale. "
                "Zindel Segal travaille à Toronto : la MBCT a donc des racines canadiennes. "
                "Elle s'inspire du programme de réduction du stress de Jon Kabat-Zinn et y "
                "ajoute des notions de thérapie cognitive.\n\n"
                "La pleine conscience consiste à porter attention, volontairement et sans "
                "jugement, à ce qui se passe maintenant. La MBCT prend habituellement la forme "
                "d'un cours de groupe de huit semaines, avec une rencontre d'environ deux "
                "heures par semaine. Elle visait d'abord les personnes rétablies d'une "
                "dépression, mais à risque de rechute. Elle a depuis été adaptée à d'autres "
                "difficultés."
            ),
        },
        "how_it_helps": {
            "en": (
                "After depression, a sad moment can easily set off old patterns of thinking, "
                "such as 'What's wrong with me?' or 'Here we go again.' Going over these "
                "thoughts again and again, called rumination, can pull a person back down. MBCT "
                "teaches you to notice these patterns early and step out of autopilot.\n\n"
                "Instead of arguing with thoughts, you learn to see them as passing mental "
                "events, not facts. You practise staying with hard feelings and body signals "
                "with curiosity rather than alarm. This gives you more choice in how you "
                "respond. Research suggests MBCT can lower the risk of relapse for people who "
                "have had several episodes of depression, and some clinical guidelines "
                "recommend it."
            ),
            "fr": (
                "Après une dépression, un moment de tristesse peut vite réveiller de vieux "
                "schémas de pensée, comme se dire que ça recommence. Ressasser ces pensées, ce "
                "qu'on appelle la rumination, peut faire replonger. La MBCT vous apprend à "
                "repérer ces schémas tôt et à sortir du pilote automatique.\n\n"
                "Plutôt que de débattre avec vos pensées, vous apprenez à les voir comme des "
                "événements passagers, et non des faits. Vous vous exercez à accueillir les "
                "émotions difficiles et les signaux du corps avec curiosité plutôt qu'avec "
                "inquiétude. Vous avez ainsi plus de choix dans votre façon de réagir. La "
                "recherche suggère que la MBCT peut réduire le risque de rechute après "
                "plusieurs épisodes de dépression, et certaines lignes directrices la "
                "recommandent."
            ),
        },
        "who_it_helps": {
            "en": (
                "MBCT was built for adults who have had depression, especially more than one "
                "episode, and who are currently well enough to take part in a group. It is "
                "meant to help you stay well rather than to treat a severe episode happening "
                "right now.\n\n"
                "It has since been adapted for anxiety, stress, ongoing low mood, long-term "
                "health conditions and other concerns, though the evidence is strongest for "
                "preventing depression relapse. MBCT may suit you if you like the idea of a "
                "structured, skills-based course and can set aside time to practise at home. If "
                "you are in crisis or very unwell, other support usually needs to come first."
            ),
            "fr": (
                "La MBCT a été conçue pour les adultes qui ont vécu une dépression, surtout "
                "plus d'un épisode, et qui vont assez bien pour participer à un groupe. Elle "
                "vise à vous aider à rester en santé plutôt qu'à traiter un épisode grave en "
                "cours.\n\n"
                "Elle a depuis été adaptée à l'anxiété, au stress, à une humeur basse "
                "persistante, aux problèmes de santé chroniques et à d'autres difficultés, mais "
                "les données sont surtout solides pour prévenir les rechutes dépressives. La "
                "MBCT peut vous convenir si un cours structuré axé sur les habiletés vous "
                "attire et si vous pouvez pratiquer à la maison. Si vous êtes en crise ou très "
                "mal en point, une autre forme d'aide passe généralement en premier."
            ),
        },
        "session_looks_like": {
            "en": (
                "MBCT usually takes place in a group of about 8 to 15 people, led by a trained "
                "teacher who is often also a therapist. Before the course, you typically meet "
                "the teacher to talk about whether it suits you. Each weekly class includes "
                "guided practices, such as a body scan, mindful breathing or gentle stretching, "
                "followed by a discussion of what people noticed.\n\n"
                "You also learn how depression works and how to spot your own early warning "
                "signs. You do not have to share personal details unless you want to. Home "
                "practice, about 30 to 45 minutes a day with audio recordings, is a key part of "
                "the program. Many programs are also offered online."
            ),
            "fr": (
                "La MBCT se déroule habituellement en groupe d'environ 8 à 15 personnes, animé "
                "par une personne formée qui est souvent aussi thérapeute. Avant le cours, vous "
                "rencontrez généralement l'animatrice ou l'animateur pour voir si le programme "
                "vous convient. Chaque rencontre comprend des pratiques guidées, comme le "
                "balayage corporel, la respiration en pleine conscience ou des étirements doux, "
                "suivies d'un échange sur ce que chacun a remarqué.\n\n"
                "Vous apprenez aussi comment fonctionne la dépression et comment reconnaître "
                "vos propres signes avant-coureurs. Vous n'avez pas à dévoiler de détails "
                "personnels si vous ne le souhaitez pas. La pratique à la maison, de 30 à 45 "
                "minutes par jour avec des enregistrements audio, est essentielle. Plusieurs "
                "programmes sont aussi offerts en ligne."
            ),
        },
        "related": [
            "mindfulness-based-stress-reduction",
            "mindfulness-based",
            "cognitive-behavioural-therapy",
        ],
    },
    {
        "slug": "mindfulness-based-stress-reduction",
        "short_name": {"en": "MBSR", "fr": "MBSR"},
        "family": "mindfulness",
        "name": {
            "en": "Mindfulness-Based Stress Reduction",
            "fr": "Réduction du stress basée sur la pleine conscience",
        },
        "summary": {
            "en": (
                "An eight-week group program that teaches mindfulness meditation and "
                "gentle movement to help you relate differently to stress, pain and "
                "illness."
            ),
            "fr": (
                "Un programme de groupe de huit semaines qui enseigne la méditation de "
                "pleine conscience et le mouvement doux pour vous aider à vivre autrement "
                "le stress, la douleur et la maladie."
            ),
        },
        "what_it_is": {
            "en": (
                "Mindfulness-Based Stress Reduction (MBSR) is a structured program "
                "created by Jon Kabat-Zinn at the University of Massachusetts Medical "
                "School in 1979. It was first offered to hospital patients living with "
                "chronic pain and illness. Today it is taught in many countries, in "
                "hospitals, clinics, workplaces and community centres.\n\n"
                "Mindfulness means paying attention to what is happening right now, on "
                "purpose, without judging it. In MBSR, you build this skill through "
                "guided meditation, body awareness and gentle stretching or yoga. The "
                "program usually runs for eight weekly classes of about two and a half "
                "hours, plus one longer day of practice. It is more like a course than "
                "therapy."
            ),
            "fr": (
                "La réduction du stress basée sur la pleine conscience (MBSR) est un "
                "programme structuré créé en 1979 par Jon Kabat-Zinn, à la faculté de "
                "médecine de l'Université du Massachusetts. Il s'adressait d'abord à des "
                "patients vivant avec de la douleur chronique ou une maladie. On l'offre "
                "aujourd'hui dans de nombreux pays, à l'hôpital, en clinique, au travail "
                "et dans la communauté.\n\n"
                "La pleine conscience, c'est porter attention au moment présent, "
                "volontairement et sans jugement. On la cultive par la méditation guidée, "
                "l'attention au corps et des étirements doux ou du yoga. Le programme "
                "compte huit rencontres hebdomadaires d'environ deux heures et demie, "
                "plus une journée de pratique prolongée. Cela ressemble davantage à un "
                "cours qu'à une thérapie."
            ),
        },
        "how_it_helps": {
            "en": (
                "Stress often pulls us into worry about the future or replaying the past. "
                "MBSR helps you notice these patterns and step out of autopilot. With "
                "practice, you may find it easier to pause before reacting, to notice "
                "tension in your body, and to meet hard feelings with more patience.\n\n"
                "Research suggests MBSR can reduce stress, anxiety and low mood, and can "
                "help some people cope with chronic pain and illness. It does not make "
                "problems disappear. Instead, it can change how you relate to them, which "
                "often eases the struggle. The benefits tend to grow with regular "
                "practice at home."
            ),
            "fr": (
                "Le stress nous pousse souvent à nous inquiéter de l'avenir ou à "
                "ressasser le passé. Le MBSR vous aide à remarquer ces automatismes et à "
                "en sortir. Avec la pratique, il peut devenir plus facile de prendre une "
                "pause avant de réagir, de sentir les tensions dans votre corps et "
                "d'accueillir les émotions difficiles avec plus de patience.\n\n"
                "La recherche suggère que le MBSR peut réduire le stress, l'anxiété et la "
                "déprime, et aider certaines personnes à mieux composer avec la douleur "
                "chronique ou la maladie. Il ne fait pas disparaître les problèmes. Il "
                "peut plutôt changer votre rapport à ceux-ci, ce qui allège souvent la "
                "lutte. Les bienfaits grandissent souvent avec la pratique à la maison."
            ),
        },
        "who_it_helps": {
            "en": (
                "MBSR may suit adults dealing with everyday stress, work pressure, "
                "anxiety, sleep problems, chronic pain or a long-term health condition. "
                "It can also support caregivers and health workers who feel stretched "
                "thin.\n\n"
                "Because it is taught in a group, it fits people who are comfortable "
                "learning alongside others. It asks for a real time commitment: about 30 "
                "to 45 minutes of home practice most days. MBSR is not a treatment for a "
                "mental health crisis. If you are living with severe depression, recent "
                "trauma or psychosis (losing touch with reality), talk with a health "
                "professional first. A one-on-one approach may be a better place to "
                "start."
            ),
            "fr": (
                "Le MBSR peut convenir aux adultes qui vivent du stress au quotidien, de "
                "la pression au travail, de l'anxiété, de l'insomnie, de la douleur "
                "chronique ou un problème de santé durable. Il peut aussi soutenir les "
                "proches aidants et les soignants à bout de souffle.\n\n"
                "Comme il se donne en groupe, il convient aux personnes à l'aise "
                "d'apprendre avec d'autres. Il demande un réel engagement : de 30 à 45 "
                "minutes de pratique presque chaque jour. Ce n'est pas un traitement pour "
                "une crise de santé mentale. Si vous vivez une dépression grave, un "
                "traumatisme récent ou une psychose (perte de contact avec la réalité), "
                "consultez d'abord un professionnel de la santé; une démarche "
                "individuelle pourrait mieux convenir."
            ),
        },
        "session_looks_like": {
            "en": (
                "Most MBSR classes bring together 10 to 30 participants with one trained "
                "teacher. A class often begins with a guided practice, such as a body "
                "scan, where you slowly move your attention through your body. You may "
                "also do sitting meditation, mindful walking or gentle stretching at your "
                "own pace.\n\n"
                "Afterward, the group talks about what people noticed. Nobody has to "
                "share personal stories. The teacher also explains how stress affects the "
                "body and mind. You leave with audio recordings and simple exercises for "
                "the week ahead. Many programs in Canada are offered online as well as in "
                "person, and some therapists bring MBSR practices into individual "
                "sessions."
            ),
            "fr": (
                "Un groupe de MBSR réunit habituellement de 10 à 30 participants et un "
                "enseignant formé. La rencontre commence souvent par une pratique guidée, "
                "comme le balayage corporel, où l'on promène lentement son attention dans "
                "tout le corps. On peut aussi faire de la méditation assise, de la marche "
                "consciente ou des étirements doux, à son rythme.\n\n"
                "Ensuite, le groupe échange sur ce que chacun a remarqué. Personne n'est "
                "obligé de se confier. L'enseignant explique aussi les effets du stress "
                "sur le corps et l'esprit. Vous repartez avec des enregistrements audio "
                "et des exercices simples pour la semaine. Au Canada, plusieurs "
                "programmes sont offerts en ligne ou en personne, et certains thérapeutes "
                "intègrent ces pratiques en séance individuelle."
            ),
        },
        "related": ["mindfulness-based-cognitive-therapy", "mindfulness-based"],
    },
    {
        "slug": "dialectical-behaviour-therapy",
        "short_name": {"en": "DBT", "fr": "TCD"},
        "family": "cognitive-behavioural",
        "name": {
            "en": "Dialectical Behaviour Therapy",
            "fr": "Thérapie comportementale dialectique",
        },
        "summary": {
            "en": (
                "A structured therapy that balances acceptance and change, teaching "
                "practical skills to manage intense emotions, get through crises and "
                "build steadier relationships."
            ),
            "fr": (
                "Une thérapie structurée qui allie acceptation et changement et enseigne "
                "des habiletés concrètes pour gérer les émotions intenses, traverser les "
                "crises et bâtir des relations plus stables."
            ),
        },
        "what_it_is": {
            "en": (
                "Dialectical Behaviour Therapy (DBT) was developed by psychologist Marsha "
                "Linehan in the late 1980s and early 1990s. She first designed it for "
                "people with intense emotions and ongoing thoughts of suicide, many of "
                "whom had a diagnosis of borderline personality disorder. DBT grew out of "
                "cognitive behavioural therapy and adds ideas from mindfulness practice.\n\n"
                "The word dialectical means holding two ideas that seem opposite at the "
                "same time. In DBT, the key pair is acceptance and change: you are doing "
                "all you can right now, and you can also learn new ways to cope. Standard DBT "
                "combines weekly individual therapy, a weekly skills group, phone "
                "coaching between sessions, and a team that supports the therapists."
            ),
            "fr": (
                "La thérapie comportementale dialectique (TCD, ou DBT en anglais) a été "
                "mise au point par la psychologue Marsha Linehan à la fin des années "
                "1980. Elle l'a d'abord conçue pour des personnes aux émotions intenses "
                "et aux pensées suicidaires persistantes, souvent avec un diagnostic de "
                "trouble de la personnalité limite. La TCD est issue de la thérapie "
                "cognitivo-comportementale et y intègre la pleine conscience.\n\n"
                "Dialectique signifie tenir ensemble deux idées en apparence opposées : "
                "l'acceptation et le changement. Vous faites de votre mieux, et vous "
                "pouvez aussi apprendre de nouvelles façons d'affronter les difficultés. "
                "La TCD standard combine thérapie individuelle et groupe d'habiletés "
                "hebdomadaires, du coaching téléphonique entre les séances et une équipe "
                "qui soutient les thérapeutes."
            ),
        },
        "how_it_helps": {
            "en": (
                "DBT teaches skills in four areas. Mindfulness helps you notice what is "
                "happening in the moment. Distress tolerance helps you get through a "
                "crisis without making things worse. Emotion regulation helps you "
                "understand your feelings and lower their intensity. Interpersonal "
                "effectiveness helps you ask for what you need and set limits while "
                "protecting your relationships and self-respect.\n\n"
                "In individual sessions, you and your therapist look closely at hard "
                "moments to see what led up to them and what could help next time. "
                "Research suggests DBT can reduce self-harm, suicide attempts and "
                "hospital stays for many people with borderline personality disorder. It "
                "has also been adapted for other concerns."
            ),
            "fr": (
                "La TCD enseigne des habiletés dans quatre domaines. La pleine conscience "
                "aide à remarquer ce qui se passe dans l'instant. La tolérance à la "
                "détresse aide à traverser une crise sans l'aggraver. La régulation des "
                "émotions aide à comprendre ses émotions et à en réduire l'intensité. "
                "L'efficacité interpersonnelle aide à exprimer ses besoins et à poser ses "
                "limites, en préservant ses relations et son estime de soi.\n\n"
                "En séance individuelle, vous analysez avec votre thérapeute les moments "
                "difficiles : ce qui les a déclenchés et ce qui aiderait la prochaine "
                "fois. La recherche suggère que la TCD peut réduire l'automutilation, les "
                "tentatives de suicide et les hospitalisations chez bien des personnes "
                "ayant un trouble de la personnalité limite."
            ),
        },
        "who_it_helps": {
            "en": (
                "DBT may help people whose emotions feel overwhelming, shift quickly or "
                "lead to actions they later regret. This can include self-harm, suicidal "
                "thoughts, impulsive behaviour, substance use, binge eating or "
                "relationships that often feel chaotic. It was first built for adults "
                "with borderline personality disorder, but versions now exist for teens "
                "and their families, eating disorders and substance use.\n\n"
                "DBT asks for commitment. A full program often lasts six months to a year "
                "and includes both individual and group work. Some therapists offer "
                "DBT-informed therapy or skills groups alone, which can also be useful. "
                "If you are in immediate danger, call or text 9-8-8 or call 911."
            ),
            "fr": (
                "La TCD peut aider les personnes dont les émotions semblent "
                "envahissantes, changent vite ou mènent à des gestes regrettés ensuite : "
                "automutilation, pensées suicidaires, impulsivité, consommation de "
                "substances, crises de boulimie ou relations chaotiques. Conçue d'abord "
                "pour les adultes ayant un trouble de la personnalité limite, elle existe "
                "maintenant pour les adolescents et leur famille, les troubles "
                "alimentaires et la consommation.\n\n"
                "La TCD demande de l'engagement. Un programme complet dure souvent de six "
                "mois à un an et combine travail individuel et de groupe. Certains "
                "thérapeutes offrent une thérapie inspirée de la TCD ou seulement des "
                "groupes d'habiletés, ce qui peut aussi être utile. En cas de danger "
                "immédiat, appelez ou textez le 9-8-8, ou composez le 911."
            ),
        },
        "session_looks_like": {
            "en": (
                "Individual sessions often start with a diary card. This is a simple "
                "daily log of your emotions, urges and the skills you used. Urgent "
                "concerns, such as self-harm, come first. Then you and your therapist may "
                "go step by step through a hard moment from the week and plan which "
                "skills to try.\n\n"
                "The skills group feels more like a class than group therapy. A leader "
                "teaches a skill, the group practises it, and you get homework for the "
                "week. You are not expected to share painful details in the group. In "
                "many programs, you can also reach your therapist between sessions for "
                "brief coaching on using your skills."
            ),
            "fr": (
                "La séance individuelle commence souvent par la fiche journalière, un "
                "simple carnet où vous notez chaque jour vos émotions, vos envies et les "
                "habiletés utilisées. Les enjeux urgents, comme l'automutilation, passent "
                "en premier. Vous pouvez ensuite décortiquer avec votre thérapeute un "
                "moment difficile de la semaine et choisir les habiletés à essayer.\n\n"
                "Le groupe d'habiletés ressemble davantage à un cours qu'à une thérapie "
                "de groupe. On y présente une habileté, le groupe la pratique et chacun "
                "repart avec des exercices pour la semaine. Vous n'avez pas à raconter de "
                "détails douloureux devant le groupe. Dans plusieurs programmes, vous "
                "pouvez aussi joindre votre thérapeute entre les séances pour un bref "
                "coaching sur l'usage des habiletés."
            ),
        },
        "related": [
            "cognitive-behavioural-therapy",
            "acceptance-and-commitment-therapy",
            "mindfulness-based",
        ],
    },
    {
        "slug": "person-centred",
        "short_name": {"en": "", "fr": ""},
        "family": "humanistic",
        "name": {
            "en": "Person-centred therapy",
            "fr": "Thérapie centrée sur la personne",
        },
        "summary": {
            "en": (
                "A humanistic talk therapy, developed by Carl Rogers, in which the "
                "therapist offers empathy, acceptance and honesty so you can find your "
                "own way forward."
            ),
            "fr": (
                "Une thérapie humaniste par la parole, élaborée par Carl Rogers, où le "
                "thérapeute offre empathie, acceptation et authenticité pour vous aider à "
                "trouver votre propre voie."
            ),
        },
        "what_it_is": {
            "en": (
                "Person-centred therapy was developed by American psychologist Carl "
                "Rogers in the 1940s and 1950s. It is one of the main humanistic "
                "therapies. It rests on a simple belief: people have a natural drive to "
                "grow, and they are the experts on their own lives.\n\n"
                "Rather than giving advice or following a set plan, the therapist offers "
                "a relationship built on three core conditions. Empathy means trying to "
                "understand your experience as you feel it. Unconditional positive regard "
                "means accepting you without judgment. Genuineness, sometimes called "
                "congruence, means the therapist is real and honest with you rather than "
                "hiding behind a professional role. You set the direction of each "
                "session."
            ),
            "fr": (
                "La thérapie centrée sur la personne a été élaborée par le psychologue "
                "américain Carl Rogers dans les années 1940 et 1950. C'est l'une des "
                "principales thérapies humanistes. Elle repose sur une idée simple : "
                "chaque personne a une tendance naturelle à grandir et elle est l'experte "
                "de sa propre vie.\n\n"
                "Plutôt que de donner des conseils ou de suivre un plan établi, le "
                "thérapeute offre une relation fondée sur trois conditions. L'empathie, "
                "c'est chercher à comprendre votre expérience telle que vous la vivez. Le "
                "regard positif inconditionnel, c'est vous accepter sans jugement. "
                "L'authenticité, aussi appelée congruence, c'est être vrai avec vous "
                "plutôt que de se cacher derrière un rôle professionnel. C'est vous qui "
                "orientez chaque séance."
            ),
        },
        "how_it_helps": {
            "en": (
                "Many people carry a sense that they must think, feel or act a certain "
                "way to be acceptable. Over time, this can lead to self-doubt, shame or "
                "feeling cut off from what you really want. In a relationship where you "
                "feel heard and not judged, it often becomes easier to explore those "
                "feelings openly.\n\n"
                "As you feel more accepted, you may begin to accept yourself more, trust "
                "your own judgment and make choices that fit who you are. Research "
                "suggests the relationship between client and therapist matters in many "
                "kinds of therapy, and studies suggest person-centred counselling can "
                "help with depression and general distress."
            ),
            "fr": (
                "Bien des gens ont le sentiment qu'ils doivent penser, ressentir ou agir "
                "d'une certaine façon pour être acceptables. À la longue, cela peut mener "
                "au doute de soi, à la honte ou à l'impression d'être coupé de ce qu'on "
                "veut vraiment. Dans une relation où l'on se sent écouté sans être jugé, "
                "il devient souvent plus facile d'explorer ces émotions.\n\n"
                "En vous sentant accepté, vous pourriez commencer à mieux vous accepter, "
                "à faire confiance à votre jugement et à faire des choix qui vous "
                "ressemblent. La recherche suggère que la relation thérapeutique compte "
                "dans bien des formes de thérapie, et des études indiquent que cette "
                "approche peut aider en cas de dépression et de détresse psychologique."
            ),
        },
        "who_it_helps": {
            "en": (
                "Person-centred therapy may suit people who want space to talk things "
                "through at their own pace, without being told what to do. It is often "
                "used for low mood, anxiety, grief, low self-esteem, relationship "
                "difficulties, life transitions and stress. It can also help people who "
                "simply want to understand themselves better.\n\n"
                "Because it does not rely on set techniques, it may feel less directive "
                "than you expect. If you want homework, skills training or a step-by-step "
                "plan for a specific issue, such as panic attacks or obsessive-compulsive "
                "disorder (OCD), a more structured approach may fit better or can be "
                "combined with it. Your therapist can talk this through with you."
            ),
            "fr": (
                "Cette thérapie peut convenir à qui souhaite un espace pour réfléchir à "
                "voix haute, à son rythme, sans se faire dire quoi faire. On y a souvent "
                "recours pour la déprime, l'anxiété, le deuil, une faible estime de soi, "
                "les difficultés relationnelles, les transitions de vie et le stress. "
                "Elle peut aussi aider les personnes qui veulent simplement mieux se "
                "connaître.\n\n"
                "Comme elle ne repose pas sur des techniques fixes, elle peut sembler "
                "moins dirigée que prévu. Si vous cherchez des exercices, l'apprentissage "
                "d'habiletés ou un plan précis pour un problème comme les attaques de "
                "panique ou le trouble obsessionnel-compulsif (TOC), une approche plus "
                "structurée pourrait mieux convenir ou s'y ajouter. Votre thérapeute peut "
                "en discuter avec vous."
            ),
        },
        "session_looks_like": {
            "en": (
                "A session usually lasts about 50 minutes. You decide what to talk about, "
                "whether it is something that happened this week or a feeling you cannot "
                "quite name. The therapist listens closely and reflects back what they "
                "hear, checking that they have understood. They may ask gentle questions, "
                "but they will not push you toward a topic or a conclusion.\n\n"
                "Silences are welcome. There is usually no homework or worksheets. The "
                "therapist may share their own honest reactions when it seems helpful. "
                "Over time, sessions can become a calm, steady place to think out loud. "
                "You and your therapist decide together how often to meet and when to "
                "stop."
            ),
            "fr": (
                "Une séance dure habituellement environ 50 minutes. C'est vous qui "
                "choisissez de quoi parler, qu'il s'agisse d'un événement de la semaine "
                "ou d'une émotion difficile à nommer. Le thérapeute écoute attentivement "
                "et vous reflète ce qu'il entend pour s'assurer de bien comprendre. Il "
                "peut poser des questions avec douceur, mais il ne vous pousse ni vers un "
                "sujet ni vers une conclusion.\n\n"
                "Les silences ont leur place. Il n'y a généralement ni devoirs ni fiches "
                "d'exercices. Le thérapeute peut partager ses réactions sincères lorsque "
                "cela semble utile. Avec le temps, les séances peuvent devenir un lieu "
                "calme et stable où penser à voix haute. Vous décidez ensemble de la "
                "fréquence des rencontres et du moment de terminer."
            ),
        },
        "related": ["compassion-based", "emotion-focused-therapy"],
    },
    {
        "slug": "mindfulness-based",
        "short_name": {"en": "", "fr": ""},
        "family": "mindfulness",
        "name": {
            "en": "Mindfulness-based therapy",
            "fr": "Thérapie fondée sur la pleine conscience",
        },
        "summary": {
            "en": (
                "Individual therapy that weaves short mindfulness practices into "
                "sessions, helping you notice thoughts, feelings and body sensations with "
                "more calm and less judgment."
            ),
            "fr": (
                "Une thérapie individuelle qui intègre de courtes pratiques de pleine "
                "conscience aux séances pour vous aider à observer pensées, émotions et "
                "sensations avec plus de calme et moins de jugement."
            ),
        },
        "what_it_is": {
            "en": (
                "Mindfulness-based therapy is individual counselling that brings "
                "mindfulness practice into the therapy itself. Mindfulness means paying "
                "attention to the present moment, on purpose, with curiosity instead of "
                "judgment. It has roots in Buddhist meditation, but it is taught here in "
                "a practical, non-religious way.\n\n"
                "This is a broad term rather than one fixed program. Unlike group courses "
                "such as Mindfulness-Based Stress Reduction (MBSR) or Mindfulness-Based "
                "Cognitive Therapy (MBCT), it happens one-on-one and is shaped around "
                "your needs. Your therapist may draw on these programs, and on approaches "
                "such as acceptance and commitment therapy, while also using talk therapy "
                "to explore what brings you in."
            ),
            "fr": (
                "La thérapie fondée sur la pleine conscience est une thérapie "
                "individuelle qui intègre la pratique de la pleine conscience aux "
                "séances. La pleine conscience consiste à porter attention au moment "
                "présent, volontairement, avec curiosité plutôt qu'avec jugement. Elle "
                "puise ses racines dans la méditation bouddhiste, mais elle est enseignée "
                "ici de façon pratique et non religieuse.\n\n"
                "Il s'agit d'un terme large plutôt que d'un programme précis. "
                "Contrairement aux programmes de groupe comme le MBSR ou la thérapie "
                "cognitive basée sur la pleine conscience (MBCT), elle se déroule en "
                "tête-à-tête et s'adapte à vos besoins. Votre thérapeute peut s'inspirer "
                "de ces programmes et de la thérapie d'acceptation et d'engagement, tout "
                "en explorant avec vous ce qui vous amène."
            ),
        },
        "how_it_helps": {
            "en": (
                "When we are stressed or hurting, the mind often races ahead to the worst "
                "case or loops back over old pain. Mindfulness helps you notice these "
                "patterns as they happen, so you can step back a little instead of "
                "getting swept away.\n\n"
                "With practice, you may learn to stay with uncomfortable feelings without "
                "fighting them or acting on them right away. This can make room for "
                "calmer, kinder responses. Research on group mindfulness programs "
                "suggests they can help with stress, anxiety and depression, including "
                "lowering the risk of depression coming back. Individual formats have "
                "been studied less, but they build the same core skills."
            ),
            "fr": (
                "Quand on est stressé ou qu'on souffre, l'esprit s'emballe souvent vers "
                "le pire ou ressasse de vieilles blessures. La pleine conscience aide à "
                "remarquer ces automatismes au moment où ils surviennent, pour prendre un "
                "peu de recul plutôt que d'être emporté.\n\n"
                "Avec la pratique, vous pourriez apprendre à rester avec des émotions "
                "inconfortables sans les combattre ni y réagir tout de suite. Cela laisse "
                "place à des réponses plus calmes et plus douces. La recherche sur les "
                "programmes de groupe suggère qu'ils peuvent aider à réduire le stress, "
                "l'anxiété et la dépression, y compris le risque de rechute dépressive. "
                "Les formats individuels ont été moins étudiés, mais ils développent les "
                "mêmes habiletés de base."
            ),
        },
        "who_it_helps": {
            "en": (
                "Mindfulness-based therapy may suit people dealing with stress, anxiety, "
                "low mood, burnout, chronic pain, sleep difficulties or harsh "
                "self-criticism. It can also help if you tend to overthink, or if you "
                "feel disconnected from your body or emotions.\n\n"
                "It works well if you would like to learn mindfulness but prefer "
                "individual support to a group, or want to talk about personal concerns "
                "along the way. Some practices, such as focusing on the breath or body, "
                "can stir up distress for people who have lived through trauma. A skilled "
                "therapist will adapt the exercises, keep them short, and let you stop or "
                "open your eyes at any time."
            ),
            "fr": (
                "Cette thérapie peut convenir aux personnes aux prises avec du stress, de "
                "l'anxiété, de la déprime, de l'épuisement, de la douleur chronique, des "
                "troubles du sommeil ou une autocritique sévère. Elle peut aussi aider si "
                "vous ruminez beaucoup ou si vous vous sentez coupé de votre corps ou de "
                "vos émotions.\n\n"
                "Elle convient si vous voulez apprendre la pleine conscience avec un "
                "soutien individuel plutôt qu'en groupe, ou aborder des enjeux personnels "
                "en cours de route. Certaines pratiques, comme se concentrer sur la "
                "respiration ou le corps, peuvent raviver la détresse des personnes ayant "
                "vécu un traumatisme. Un thérapeute compétent adaptera les exercices, les "
                "gardera courts et vous laissera arrêter ou ouvrir les yeux en tout "
                "temps."
            ),
        },
        "session_looks_like": {
            "en": (
                "A session often begins with a short practice, perhaps a few minutes of "
                "noticing your breath, the sounds around you or your feet on the floor. "
                "Then you talk about what is on your mind, much like in other "
                "counselling. Your therapist may gently pause the conversation to help "
                "you notice what you feel in your body or to slow down a racing thought.\n\n"
                "Practices are usually brief and done sitting in a chair. Your therapist "
                "may suggest small exercises to try between sessions, such as a "
                "three-minute breathing pause or eating one meal with full attention. You "
                "go at your own pace, and any practice can be adapted."
            ),
            "fr": (
                "Une séance commence souvent par une courte pratique : quelques minutes "
                "pour observer votre respiration, les sons autour de vous ou le contact "
                "de vos pieds sur le sol. Vous parlez ensuite de ce qui vous préoccupe, "
                "comme dans d'autres formes de thérapie. Votre thérapeute peut "
                "interrompre doucement la conversation pour vous aider à remarquer ce que "
                "vous ressentez dans votre corps ou à ralentir une pensée qui s'emballe.\n\n"
                "Les pratiques sont généralement brèves et se font assis sur une chaise. "
                "Votre thérapeute peut proposer de petits exercices entre les séances, "
                "comme une pause respiration de trois minutes ou un repas pris en pleine "
                "attention. Vous avancez à votre rythme et chaque pratique peut être "
                "adaptée."
            ),
        },
        "related": [
            "compassion-based",
            "mindfulness-based-cognitive-therapy",
            "mindfulness-based-stress-reduction",
            "acceptance-and-commitment-therapy",
        ],
    },
    {
        "slug": "cognitive-behavioural-therapy",
        "short_name": {"en": "CBT", "fr": "TCC"},
        "family": "cognitive-behavioural",
        "name": {
            "en": "Cognitive behavioural therapy",
            "fr": "Thérapie cognitivo-comportementale",
        },
        "summary": {
            "en": (
                "A structured, practical therapy that looks at how thoughts, feelings and "
                "actions affect one another, and helps you build skills to handle problems "
                "differently."
            ),
            "fr": (
                "Une thérapie structurée et concrète qui explore les liens entre pensées, "
                "émotions et comportements, et qui aide à développer des habiletés pour faire "
                "face autrement aux difficultés."
            ),
        },
        "what_it_is": {
            "en": (
                "Cognitive behavioural therapy (CBT) is a talking therapy built on a simple "
                "idea: the way we think about a situation affects how we feel and what we do. "
                "Those feelings and actions then shape our thoughts in turn. When we are "
                "struggling, this loop can keep us stuck.\n\n"
                "CBT usually focuses on the present and on specific problems. You and your "
                "therapist agree on goals, then work together to notice unhelpful patterns and "
                "try new ways of thinking and acting. It is often time-limited, for example 8 "
                "to 20 sessions, though this varies. CBT has been studied widely for many "
                "common concerns."
            ),
            "fr": (
                "La thérapie cognitivo-comportementale (TCC) est une psychothérapie qui repose "
                "sur une idée simple : la façon dont on interprète une situation influence ce "
                "qu'on ressent et ce qu'on fait. Ces émotions et ces gestes nourrissent à leur "
                "tour nos pensées. Quand on traverse une période difficile, ce cercle peut "
                "nous garder coincés.\n\n"
                "La TCC s'intéresse surtout au présent et à des difficultés précises. Avec "
                "votre thérapeute, vous fixez des objectifs, puis vous repérez ensemble les "
                "schémas qui nuisent et vous essayez de nouvelles façons de penser et d'agir. "
                "Elle est souvent de durée limitée, par exemple de 8 à 20 séances, mais cela "
                "varie. La TCC a fait l'objet de nombreuses recherches pour plusieurs "
                "difficultés courantes."
            ),
        },
        "how_it_helps": {
            "en": (
                "CBT helps you notice the thoughts that show up when you feel anxious, low or "
                "overwhelmed, and check whether they are accurate or helpful. You learn to "
                "step back from harsh or catastrophic thinking and consider other ways of "
                "seeing things. On the behaviour side, CBT encourages small, planned steps, "
                "such as gradually facing situations you avoid or adding activities that bring "
                "a sense of meaning. Over time, these skills can ease distress and give you "
                "tools you can keep using after therapy ends. Research suggests CBT can help "
                "with depression, anxiety disorders and a number of other concerns."
            ),
            "fr": (
                "La TCC vous aide à remarquer les pensées qui surgissent quand l'anxiété, la "
                "tristesse ou le découragement prennent le dessus, et à vérifier si elles sont "
                "justes ou utiles. Vous apprenez à prendre du recul face aux pensées dures ou "
                "catastrophiques et à envisager d'autres façons de voir les choses. Du côté "
                "des comportements, la TCC propose de petits pas planifiés : affronter "
                "graduellement des situations que vous évitez, ou ajouter des activités qui "
                "ont du sens pour vous. Avec le temps, ces habiletés peuvent apaiser la "
                "détresse et vous donner des outils qui restent utiles après la thérapie. La "
                "recherche suggère que la TCC peut aider en cas de dépression, de troubles "
                "anxieux et de plusieurs autres difficultés."
            ),
        },
        "who_it_helps": {
            "en": (
                "CBT is used with adults, teens and children. It is often offered for "
                "depression, generalized anxiety, panic, social anxiety, phobias, "
                "obsessive-compulsive disorder (OCD), insomnia and stress. Adapted forms are "
                "used for trauma, eating concerns, chronic pain and substance use. CBT can "
                "suit people who like structure, clear goals and practical tools, and who are "
                "willing to practise between sessions. It may feel less comfortable if you "
                "mainly want open-ended space to explore your past or your feelings. If so, it "
                "is worth talking with your therapist about what you need. CBT can also be "
                "combined with medication or other approaches."
            ),
            "fr": (
                "La TCC s'adresse aux adultes, aux adolescents et aux enfants. On y a souvent "
                "recours pour la dépression, l'anxiété généralisée, le trouble panique, "
                "l'anxiété sociale, les phobies, le trouble obsessionnel-compulsif (TOC), "
                "l'insomnie et le stress. Des versions adaptées existent pour le trauma, les "
                "difficultés alimentaires, la douleur chronique et la consommation de "
                "substances. Elle convient bien aux personnes qui apprécient une démarche "
                "structurée, des objectifs clairs et des outils concrets, et qui sont prêtes à "
                "s'exercer entre les séances. Si vous cherchez surtout un espace ouvert pour "
                "explorer votre passé ou vos émotions, elle pourrait vous sembler moins "
                "adaptée. Parlez-en avec votre thérapeute. La TCC peut aussi être combinée à "
                "une médication ou à d'autres approches."
            ),
        },
        "session_looks_like": {
            "en": (
                "A CBT session often begins with a brief check-in on how your week went and a "
                "review of any practice you tried. You and your therapist then set an agenda "
                "together, choosing one or two topics to focus on. You might look closely at a "
                "recent difficult moment: what happened, what went through your mind, how you "
                "felt and what you did. Your therapist may use worksheets, a thought record or "
                "a whiteboard. Near the end, you agree on something to try before next time, "
                "such as tracking your mood or taking a small step toward a goal. Sessions "
                "usually last about 50 minutes."
            ),
            "fr": (
                "Une séance de TCC commence souvent par un bref retour sur votre semaine et "
                "sur les exercices que vous avez essayés. Ensuite, vous et votre thérapeute "
                "établissez un ordre du jour en choisissant un ou deux sujets. Vous pourriez "
                "examiner de près un moment difficile récent : ce qui s'est passé, ce qui vous "
                "est venu à l'esprit, ce que vous avez ressenti et ce que vous avez fait. "
                "Votre thérapeute peut utiliser des fiches, un journal de pensées ou un "
                "tableau. Vers la fin, vous convenez ensemble d'un exercice à faire d'ici la "
                "prochaine fois, comme noter votre humeur ou faire un petit pas vers un "
                "objectif. Une séance dure habituellement environ 50 minutes."
            ),
        },
        "related": [
            "acceptance-and-commitment-therapy",
            "dialectical-behaviour-therapy",
            "mindfulness-based-cognitive-therapy",
            "solution-focused",
        ],
    },
    {
        "slug": "emotion-focused-therapy",
        "short_name": {"en": "EFT", "fr": "TCE"},
        "family": "humanistic",
        "name": {
            "en": "Emotion-focused therapy",
            "fr": "Thérapie centrée sur les émotions",
        },
        "summary": {
            "en": (
                "A warm, experiential therapy that helps you notice, understand and work with "
                "your emotions, so painful feelings can shift and guide you toward what you "
                "need."
            ),
            "fr": (
                "Une thérapie expérientielle et chaleureuse qui vous aide à reconnaître, "
                "comprendre et transformer vos émotions, pour que les sentiments douloureux "
                "puissent évoluer et vous guider vers vos besoins."
            ),
        },
        "what_it_is": {
            "en": (
                "Emotion-focused therapy (EFT) sees emotions as useful signals. They tell us "
                "what matters to us and what we need. Problems can arise when feelings are "
                "pushed away, overwhelming or stuck in old patterns. The individual form of "
                "EFT was developed mainly by Leslie Greenberg and colleagues, drawing on "
                "person-centred and experiential traditions.\n\n"
                "A closely related approach, emotionally focused therapy for couples, was "
                "developed by Sue Johnson together with Greenberg. Johnson built it further on "
                "attachment theory: the idea that we all need to feel safe and connected with "
                "the people closest to us. Both forms work with feelings as they happen in the "
                "room, not only by talking about them."
            ),
            "fr": (
                "La thérapie centrée sur les émotions (TCE, ou EFT en anglais) voit les "
                "émotions comme des signaux utiles : elles indiquent ce qui compte pour nous "
                "et ce dont nous avons besoin. Les difficultés surgissent quand on repousse "
                "ses émotions, quand elles submergent ou quand elles restent figées. La forme "
                "individuelle a été développée surtout par Leslie Greenberg et ses "
                "collègues.\n\n"
                "La thérapie de couple centrée sur les émotions, une approche voisine, a été "
                "mise au point par Sue Johnson avec Greenberg. Sue Johnson l'a enrichie de la "
                "théorie de l'attachement : chacun a besoin de se sentir en sécurité et relié "
                "à ses proches. Dans les deux cas, on travaille avec les émotions vécues en "
                "séance."
            ),
        },
        "how_it_helps": {
            "en": (
                "In EFT, your therapist helps you slow down and pay close attention to what "
                "you feel, including in your body. Naming a feeling and staying with it, with "
                "support, can make it less frightening. You learn to tell apart emotions that "
                "guide you well from older, painful ones, such as deep shame or fear, that "
                "keep you stuck. The therapy then helps you reach healthier feelings, like "
                "self-compassion, healthy anger or grief, that can soften those older ones. In "
                "couples work, partners learn to see the cycle that drives their conflicts and "
                "to share the needs underneath. Research suggests EFT can help with depression "
                "and couple distress."
            ),
            "fr": (
                "En TCE, votre thérapeute vous aide à ralentir et à porter attention à ce que "
                "vous ressentez, y compris dans votre corps. Nommer une émotion et "
                "l'accueillir, avec du soutien, peut la rendre moins effrayante. Vous apprenez "
                "à distinguer les émotions qui vous guident bien de blessures plus anciennes, "
                "comme une honte ou une peur profondes. La thérapie vous aide ensuite à "
                "accéder à des émotions plus saines, comme la compassion envers soi, une "
                "colère légitime ou le chagrin, qui peuvent adoucir ces blessures. En couple, "
                "les partenaires apprennent à reconnaître le cycle de leurs conflits et à "
                "exprimer leurs besoins. La recherche suggère que la TCE peut aider en cas de "
                "dépression et de détresse conjugale."
            ),
        },
        "who_it_helps": {
            "en": (
                "EFT is used with individuals, couples and sometimes families. Individual EFT "
                "is often offered for depression, anxiety, low self-worth, unresolved hurt "
                "from past relationships, grief and the effects of trauma. Emotionally focused "
                "couples therapy can help partners caught in repeated arguments, growing "
                "distance or broken trust, and those who want to feel closer. EFT may suit you "
                "if you feel cut off from your emotions or flooded by them, or if you "
                "understand your problems in your head but still feel stuck. When there is "
                "ongoing violence in a relationship, safety comes first, and a therapist can "
                "help you find other support."
            ),
            "fr": (
                "La TCE s'adresse aux individus, aux couples et parfois aux familles. En "
                "individuel, on y a souvent recours pour la dépression, l'anxiété, une faible "
                "estime de soi, des blessures relationnelles non résolues, le deuil et les "
                "effets d'un trauma. La thérapie de couple centrée sur les émotions peut aider "
                "les partenaires pris dans des disputes répétitives, une distance qui "
                "s'installe ou une confiance brisée, ainsi que ceux qui souhaitent se "
                "rapprocher. Elle peut vous convenir si vos émotions vous semblent lointaines "
                "ou, au contraire, envahissantes, ou si vous comprenez vos difficultés sans "
                "arriver à vous en sortir. Lorsqu'il y a de la violence dans le couple, la "
                "sécurité passe d'abord, et un thérapeute peut vous orienter vers d'autres "
                "ressources."
            ),
        },
        "session_looks_like": {
            "en": (
                "An EFT session usually feels more like a focused conversation than a lesson. "
                "Your therapist listens closely and reflects back what you seem to be feeling. "
                "When a strong emotion comes up, they may invite you to pause and notice it: "
                "where you feel it in your body, and what it seems to need. Sometimes they "
                "suggest an exercise, such as speaking to an empty chair that stands for "
                "someone important, or for a critical part of yourself. In couples sessions, "
                "the therapist helps each partner slow down and speak about their fears and "
                "needs directly to the other, in a safe and guided way."
            ),
            "fr": (
                "Une séance de TCE ressemble davantage à une conversation attentive qu'à un "
                "cours. Votre thérapeute vous écoute de près et vous reflète ce que vous "
                "semblez ressentir. Quand une émotion forte surgit, votre thérapeute peut vous "
                "inviter à faire une pause pour l'observer : où vous la sentez dans votre "
                "corps, et ce qu'elle semble réclamer. Parfois, un exercice est proposé, comme "
                "parler à une chaise vide qui représente une personne importante ou une partie "
                "critique de vous-même. En couple, le thérapeute aide chaque partenaire à "
                "ralentir et à exprimer directement à l'autre ses peurs et ses besoins, dans "
                "un cadre sécuritaire et guidé."
            ),
        },
        "related": [
            "person-centred",
            "gottman-method",
            "compassion-focused-therapy",
        ],
    },
    {
        "slug": "psychodynamic",
        "short_name": {"en": "", "fr": ""},
        "family": "psychodynamic",
        "name": {
            "en": "Psychodynamic therapy",
            "fr": "Thérapie psychodynamique",
        },
        "summary": {
            "en": (
                "A reflective talking therapy that explores how past experiences, "
                "relationships and feelings outside your awareness may shape how you feel and "
                "act today."
            ),
            "fr": (
                "Une psychothérapie par la parole qui explore comment votre histoire, vos "
                "relations et des émotions moins conscientes peuvent influencer ce que vous "
                "vivez aujourd'hui."
            ),
        },
        "what_it_is": {
            "en": (
                "Psychodynamic therapy grew out of the ideas of Sigmund Freud and the many "
                "clinicians who followed and changed them. Today it is a broad family of "
                "approaches. They share a few core ideas: not all of our feelings and motives "
                "are fully conscious, early relationships shape how we see ourselves and "
                "others, and old patterns tend to repeat.\n\n"
                "The therapy aims to bring these patterns into view so you can understand them "
                "and have more choice about them. It can be short-term, with a set number of "
                "sessions and a clear focus, or longer-term and more open-ended. Either way, "
                "the relationship with the therapist is an important part of the work."
            ),
            "fr": (
                "La thérapie psychodynamique est issue des idées de Sigmund Freud et des "
                "nombreux cliniciens qui les ont reprises et transformées. Elle regroupe une "
                "vaste famille d'approches qui partagent quelques idées de base : une partie "
                "de nos émotions et de nos motivations échappe à notre conscience, nos "
                "premières relations façonnent notre regard sur nous-mêmes et sur les autres, "
                "et les vieux schémas ont tendance à se répéter.\n\n"
                "La thérapie vise à mettre ces schémas en lumière pour que vous puissiez les "
                "comprendre et avoir plus de choix. Elle peut être brève, avec un nombre de "
                "séances fixé et un objectif clair, ou plus longue et plus ouverte. La "
                "relation avec le thérapeute y occupe une place importante."
            ),
        },
        "how_it_helps": {
            "en": (
                "Psychodynamic therapy helps by building understanding, not only by managing "
                "symptoms. As you talk freely, you and your therapist may notice themes that "
                "keep coming back: the same kind of conflict at work, a familiar fear of being "
                "let down, or feelings you tend to avoid. Linking these to earlier experiences "
                "can make sense of reactions that once seemed confusing. Patterns may also "
                "show up in how you relate to your therapist, which offers a safe place to "
                "look at them as they happen. With greater insight, many people find they can "
                "respond in new ways. Research suggests short-term psychodynamic therapy can "
                "help with depression and anxiety, among other concerns."
            ),
            "fr": (
                "La thérapie psychodynamique aide en favorisant la compréhension de soi, pas "
                "seulement en atténuant les symptômes. En parlant librement, vous et votre "
                "thérapeute pourriez remarquer des thèmes récurrents : le même genre de "
                "conflit au travail, une vieille peur de l'abandon, ou des émotions que vous "
                "avez tendance à éviter. Les relier au passé peut donner un sens à des "
                "réactions qui semblaient incompréhensibles. Ces schémas peuvent aussi se "
                "manifester dans la relation avec le thérapeute, ce qui permet de les observer "
                "sur le moment, en toute sécurité. En comprenant mieux ce qui se joue, bien "
                "des gens arrivent à réagir autrement. La recherche suggère que la thérapie "
                "psychodynamique brève peut aider en cas de dépression et d'anxiété, entre "
                "autres."
            ),
        },
        "who_it_helps": {
            "en": (
                "Psychodynamic therapy is used mainly with adults, and adapted forms exist for "
                "children and teens. People often seek it for depression, anxiety, "
                "relationship difficulties, low self-esteem, grief, and a sense that the same "
                "painful patterns keep repeating in their lives. It can suit people who are "
                "curious about themselves and want to understand why they feel and act as they "
                "do, not only how to change it. It may also help when problems feel vague or "
                "hard to name. If you need quick, practical tools for a specific problem, a "
                "more structured approach may fit better, or could be combined with this one."
            ),
            "fr": (
                "La thérapie psychodynamique s'adresse surtout aux adultes, mais il en existe "
                "des formes adaptées aux enfants et aux adolescents. On la consulte souvent "
                "pour la dépression, l'anxiété, les difficultés relationnelles, une faible "
                "estime de soi, le deuil, ou l'impression de revivre sans cesse les mêmes "
                "situations douloureuses. Elle convient aux personnes curieuses d'elles-mêmes, "
                "qui souhaitent comprendre pourquoi elles ressentent et agissent comme elles "
                "le font, et pas seulement comment changer. Elle peut aussi aider quand une "
                "souffrance est floue ou difficile à nommer. Si vous avez besoin d'outils "
                "rapides et concrets pour un problème précis, une approche plus structurée "
                "pourrait mieux vous convenir, ou être combinée à celle-ci."
            ),
        },
        "session_looks_like": {
            "en": (
                "Psychodynamic sessions are usually less structured than in some other "
                "therapies. There is often no set agenda or homework. Your therapist invites "
                "you to talk about whatever is on your mind: recent events, dreams, memories, "
                "or feelings about therapy itself. They listen for links and patterns, and may "
                "gently point them out or ask questions that help you look deeper. Silences "
                "are allowed and can be meaningful. Sessions typically last about 50 minutes "
                "and may take place once a week, sometimes more often. The pace is steady, and "
                "trust tends to build over time."
            ),
            "fr": (
                "Les séances psychodynamiques sont généralement moins structurées que dans "
                "d'autres approches. Il n'y a souvent ni ordre du jour ni exercices à faire à "
                "la maison. Votre thérapeute vous invite à parler de ce qui vous vient à "
                "l'esprit : des événements récents, des rêves, des souvenirs ou ce que vous "
                "ressentez face à la thérapie elle-même. Votre thérapeute porte attention aux "
                "liens et aux schémas, et peut les souligner doucement ou poser des questions "
                "pour vous aider à approfondir. Les silences ont leur place et peuvent être "
                "porteurs de sens. Une séance dure habituellement environ 50 minutes, une fois "
                "par semaine ou parfois plus souvent. Le rythme est régulier et la confiance "
                "se construit avec le temps."
            ),
        },
        "related": [
            "internal-family-systems",
            "emotion-focused-therapy",
        ],
    },
    {
        "slug": "emdr",
        "short_name": {"en": "EMDR", "fr": "EMDR"},
        "family": "trauma",
        "name": {
            "en": "Eye Movement Desensitization and Reprocessing",
            "fr": "Désensibilisation et retraitement par les mouvements oculaires",
        },
        "summary": {
            "en": (
                "A structured therapy that uses guided eye movements or other back-and-forth "
                "stimulation while you briefly recall a painful memory, to help it feel less "
                "distressing."
            ),
            "fr": (
                "Une thérapie structurée qui utilise des mouvements oculaires guidés ou une "
                "autre stimulation en alternance pendant que vous évoquez brièvement un "
                "souvenir pénible, afin qu'il devienne moins envahissant."
            ),
        },
        "what_it_is": {
            "en": (
                "Eye Movement Desensitization and Reprocessing (EMDR) was developed by "
                "American psychologist Francine Shapiro in the late 1980s. It is used mainly "
                "to help people affected by trauma. The idea behind it is that some "
                "distressing experiences are not fully processed by the brain. They can stay "
                "vivid and keep triggering strong reactions long after the danger has "
                "passed.\n\n"
                "EMDR follows a structured plan of eight phases, from learning about your "
                "history and preparing, to processing memories and checking progress. During "
                "processing, you hold a memory in mind while following bilateral stimulation: "
                "side-to-side eye movements, or alternating taps or tones. How exactly this "
                "works is still debated."
            ),
            "fr": (
                "La désensibilisation et le retraitement par les mouvements oculaires (EMDR) "
                "ont été mis au point par la psychologue américaine Francine Shapiro à la fin "
                "des années 1980, surtout pour les personnes touchées par un trauma. "
                "Selon cette approche, certaines expériences éprouvantes ne sont pas "
                "complètement traitées par le cerveau. Elles peuvent déclencher de "
                "fortes réactions bien après la fin du danger.\n\n"
                "L'EMDR suit un protocole en huit phases, de l'exploration de votre histoire "
                "et de la préparation jusqu'au retraitement des souvenirs et au suivi des "
                "progrès. Pendant le retraitement, vous gardez un souvenir en tête en suivant "
                "une stimulation bilatérale : mouvements des yeux de gauche à droite, "
                "tapotements ou sons en alternance. Son mécanisme fait encore débat."
            ),
        },
        "how_it_helps": {
            "en": (
                "EMDR aims to change how a memory is stored, so it feels more like something "
                "that happened in the past and less like something happening now. You do not "
                "need to describe the event in great detail or relive it at length. Instead, "
                "you focus on the memory briefly, notice what comes up, and let your mind move "
                "along while the bilateral stimulation continues. Over several rounds, many "
                "people find the image fades, the emotional charge drops, and kinder beliefs "
                "about themselves, such as knowing they survived or are safe now, feel truer. "
                "Research suggests EMDR can help reduce symptoms of PTSD, and it is included "
                "in several international trauma treatment guidelines."
            ),
            "fr": (
                "L'EMDR vise à modifier la façon dont un souvenir est emmagasiné, pour qu'il "
                "soit vécu comme un événement passé plutôt que présent. Vous n'avez pas à "
                "décrire l'événement en détail ni à le revivre longuement. Vous vous "
                "concentrez brièvement sur le souvenir, vous observez ce qui surgit et vous "
                "laissez votre esprit cheminer pendant la stimulation bilatérale. Au fil des "
                "séries, bien des gens constatent que l'image s'estompe, que la charge "
                "émotionnelle diminue et que des croyances plus bienveillantes sur eux-mêmes, "
                "comme le sentiment d'avoir survécu ou d'être maintenant en sécurité, "
                "deviennent plus crédibles. La recherche suggère que l'EMDR peut aider à "
                "réduire les symptômes du TSPT, et elle figure dans plusieurs lignes "
                "directrices internationales sur le traitement du trauma."
            ),
        },
        "who_it_helps": {
            "en": (
                "EMDR is used mainly with adults and children who have lived through trauma "
                "and have symptoms of post-traumatic stress disorder (PTSD). This can follow a "
                "single event, such as an accident or assault, or repeated experiences like "
                "childhood abuse. Some therapists also use it for anxiety, phobias, grief or "
                "distressing memories without PTSD, though the research there is more limited. "
                "For complex or long-term trauma, therapists usually spend more time on "
                "preparation first. EMDR should be offered by a therapist with specific "
                "training. It may not be the right first step during a crisis or if you do not "
                "yet feel stable enough."
            ),
            "fr": (
                "L'EMDR s'adresse surtout aux adultes et aux enfants qui ont vécu un trauma et "
                "qui présentent des symptômes de trouble de stress post-traumatique (TSPT). Il "
                "peut s'agir d'un événement unique, comme un accident ou une agression, ou "
                "d'expériences répétées, comme de la maltraitance pendant l'enfance. Certains "
                "thérapeutes l'utilisent aussi pour l'anxiété, les phobies, le deuil ou des "
                "souvenirs pénibles sans TSPT, mais la recherche y est plus limitée. En cas de "
                "trauma complexe ou prolongé, on consacre généralement plus de temps à la "
                "préparation. L'EMDR devrait être offerte par un thérapeute ayant une "
                "formation spécifique. Ce n'est pas toujours la bonne première étape en pleine "
                "crise ou si vous ne vous sentez pas encore assez stable."
            ),
        },
        "session_looks_like": {
            "en": (
                "Early sessions focus on getting to know you, your history and your goals. "
                "Your therapist also teaches you ways to calm yourself, such as imagining a "
                "safe place, so you have tools if feelings run high. In a processing session, "
                "you choose a target memory and identify the image, belief and body sensations "
                "linked to it. You then hold it in mind while following your therapist's hand "
                "with your eyes, or feeling alternating taps, for short sets. After each set, "
                "you briefly share what you noticed. You stay in control and can stop at any "
                "time. Sessions often end with a calming exercise."
            ),
            "fr": (
                "Les premières séances servent à explorer votre histoire et vos objectifs. "
                "Votre thérapeute vous enseigne aussi des moyens de vous apaiser, comme "
                "imaginer un lieu sûr, pour que vous ayez des outils si les émotions "
                "deviennent intenses. Lors d'une séance de retraitement, vous choisissez un "
                "souvenir cible et vous en repérez l'image, la croyance et les sensations "
                "physiques associées. Vous le gardez ensuite en tête en suivant des yeux la "
                "main de votre thérapeute, ou en sentant des tapotements en alternance, par "
                "courtes séries. Après chaque série, vous dites brièvement ce que vous avez "
                "remarqué. Vous gardez le contrôle et pouvez arrêter à tout moment. La séance "
                "se termine souvent par un exercice de retour au calme."
            ),
        },
        "related": [
            "internal-family-systems",
            "cognitive-behavioural-therapy",
        ],
    },
    {
        "slug": "internal-family-systems",
        "short_name": {"en": "IFS", "fr": "IFS"},
        "family": "trauma",
        "name": {
            "en": "Internal Family Systems",
            "fr": "Systèmes familiaux intérieurs",
        },
        "summary": {
            "en": (
                "A therapy that sees the mind as made up of different 'parts' and helps you "
                "relate to them with curiosity and care, from a calm inner core called the Self."
            ),
            "fr": (
                "Une approche qui considère l'esprit comme un ensemble de parties et vous aide "
                "à les accueillir avec curiosité et bienveillance, à partir d'un centre calme "
                "appelé le Soi."
            ),
        },
        "what_it_is": {
            "en": (
                "Internal Family Systems, or IFS, was developed by American therapist Richard "
                "Schwartz in the 1980s and 1990s. Despite its name, it is not only for families. "
                "The 'family' in the name is the family of parts inside each person, and IFS is "
                "mostly used in individual therapy."
                "\n\n"
                "IFS sees the mind as made up of many parts. Some parts protect us, for example "
                "by staying in control or by numbing pain. Others carry old hurt, fear or shame. "
                "IFS also holds that everyone has a Self: a calm, curious and compassionate core "
                "that is not damaged, even by difficult experiences."
            ),
            "fr": (
                "Le modèle des systèmes familiaux intérieurs (IFS, pour Internal Family Systems) "
                "a été créé par le thérapeute américain Richard Schwartz dans les années 1980 et "
                "1990. Malgré son nom, il ne s'adresse pas seulement aux familles. La famille dont "
                "il est question, c'est l'ensemble des parties qui vivent en chacun de nous, et "
                "l'IFS se pratique surtout en thérapie individuelle."
                "\n\n"
                "Selon ce modèle, l'esprit est composé de plusieurs parties. Certaines nous "
                "protègent, par exemple en gardant le contrôle ou en engourdissant la douleur. "
                "D'autres portent de vieilles blessures, de la peur ou de la honte. L'IFS soutient "
                "aussi que chaque personne possède un Soi : un centre calme, curieux et "
                "bienveillant, qui reste intact même après des expériences difficiles."
            ),
        },
        "how_it_helps": {
            "en": (
                "Many of us fight with ourselves. One part wants to change while another holds "
                "on. IFS invites you to get to know these parts instead of battling them. Your "
                "therapist helps you notice a part, ask what it is trying to do for you, and "
                "understand what it fears would happen if it stopped."
                "\n\n"
                "As protective parts feel understood, they often step back a little. This can "
                "make room to gently care for the younger, hurt parts they have been guarding. "
                "The aim is not to get rid of any part, but to help your inner system work "
                "together with more balance, led by the Self."
            ),
            "fr": (
                "Il arrive souvent qu'on soit en lutte contre soi-même : une partie veut changer, "
                "une autre résiste. L'IFS vous invite à faire connaissance avec ces parties "
                "plutôt qu'à les combattre. Votre thérapeute vous aide à remarquer une partie, à "
                "lui demander ce qu'elle essaie de faire pour vous et à comprendre ce qu'elle "
                "craint s'il lui fallait lâcher prise."
                "\n\n"
                "Quand les parties protectrices se sentent comprises, elles acceptent souvent de "
                "se retirer un peu. Il devient alors possible de prendre soin, en douceur, des "
                "parties plus jeunes et blessées qu'elles protégeaient. Le but n'est pas de se "
                "débarrasser d'une partie, mais d'aider votre système intérieur à trouver plus "
                "d'équilibre, sous la conduite du Soi."
            ),
        },
        "who_it_helps": {
            "en": (
                "IFS is often used by people living with the effects of trauma, anxiety, "
                "depression, shame or harsh self-criticism. It can suit people who feel torn "
                "inside, or who notice strong reactions that seem bigger than the situation. It "
                "can also be used with couples and, less often, with families."
                "\n\n"
                "Research on IFS is still limited, with only a small number of early studies. "
                "Because it can stir up painful memories, people with severe trauma or "
                "dissociation should look for a therapist trained to work at a careful pace. IFS "
                "can also be combined with other approaches, such as EMDR."
            ),
            "fr": (
                "L'IFS est souvent utilisé par des personnes qui vivent avec les séquelles d'un "
                "traumatisme, de l'anxiété, de la dépression, de la honte ou une autocritique "
                "sévère. Il peut convenir si vous vivez des tiraillements intérieurs ou si "
                "certaines de vos réactions vous semblent démesurées par rapport à la situation. "
                "On l'utilise aussi avec les couples et, plus rarement, avec les familles."
                "\n\n"
                "La recherche sur l'IFS reste limitée et ne compte encore que quelques études "
                "préliminaires. Comme l'approche peut raviver des souvenirs douloureux, les "
                "personnes qui vivent un traumatisme grave ou de la dissociation devraient "
                "choisir un thérapeute formé pour avancer à un rythme prudent. L'IFS peut aussi "
                "se combiner à d'autres approches, comme l'EMDR."
            ),
        },
        "session_looks_like": {
            "en": (
                "A session usually begins with talking about what is going on in your life. "
                "When a strong feeling, thought or reaction comes up, your therapist may invite "
                "you to turn your attention inward and notice it as a part. Some people close "
                "their eyes; others keep them open."
                "\n\n"
                "Your therapist may ask questions such as 'How do you feel toward this part?' or "
                "'What does it want you to know?' You stay in charge of the pace, and protective "
                "parts are never forced aside. Sessions often end with a moment to thank the "
                "parts involved and check how you feel before leaving."
            ),
            "fr": (
                "Une séance commence généralement par un échange sur ce qui se passe dans votre "
                "vie. Lorsqu'une émotion, une pensée ou une réaction forte se présente, votre "
                "thérapeute peut vous inviter à porter votre attention vers l'intérieur et à la "
                "remarquer comme une partie de vous. Certaines personnes ferment les yeux, "
                "d'autres les gardent ouverts."
                "\n\n"
                "Votre thérapeute peut vous demander, par exemple, ce que vous ressentez envers "
                "cette partie ou ce qu'elle aimerait vous faire savoir. C'est vous qui gardez le "
                "contrôle du rythme, et on ne force jamais les parties protectrices à s'écarter. "
                "La séance se termine souvent par un moment pour remercier les parties "
                "rencontrées et voir comment vous vous sentez avant de partir."
            ),
        },
        "related": ["emdr", "psychodynamic", "compassion-based"],
    },
    {
        "slug": "narrative-therapy",
        "short_name": {"en": "", "fr": ""},
        "family": "systemic",
        "name": {
            "en": "Narrative therapy",
            "fr": "Thérapie narrative",
        },
        "summary": {
            "en": (
                "A respectful approach that separates people from their problems and helps them "
                "find and strengthen the stories about their lives that fit who they want to be."
            ),
            "fr": (
                "Une approche respectueuse qui sépare la personne de ses problèmes et l'aide à "
                "retrouver et à enrichir les récits de sa vie qui correspondent à ce qu'elle "
                "souhaite être."
            ),
        },
        "what_it_is": {
            "en": (
                "Narrative therapy was developed in the 1980s by therapists Michael White, from "
                "Australia, and David Epston, from New Zealand. It starts from the idea that we "
                "make sense of our lives through stories. Some stories, often shaped by others or "
                "by the wider culture, can become heavy and limiting, such as 'I am a failure' "
                "or 'I am broken.'"
                "\n\n"
                "A core belief of narrative therapy is that the person is not the problem; the "
                "problem is the problem. The therapist sees you as the expert on your own life "
                "and works alongside you, rather than acting as an authority who knows better."
            ),
            "fr": (
                "La thérapie narrative a été élaborée dans les années 1980 par Michael White, un "
                "travailleur social australien, et David Epston, un thérapeute néo-zélandais. "
                "Elle part de l'idée que nous donnons un sens à notre vie au moyen d'histoires. "
                "Certaines de ces histoires, souvent façonnées par les autres ou par la culture "
                "ambiante, deviennent lourdes et étouffantes, par exemple l'idée d'être un échec "
                "ou d'être brisé."
                "\n\n"
                "Un principe central guide cette approche : la personne n'est pas le problème, "
                "c'est le problème qui est le problème. Le thérapeute vous considère comme la "
                "personne experte de votre propre vie. Il travaille à vos côtés plutôt que de se "
                "poser en autorité qui sait mieux que vous."
            ),
        },
        "how_it_helps": {
            "en": (
                "Narrative therapy uses a practice called externalizing. This means talking about "
                "a problem as something separate from you, for example 'the anxiety' or 'the "
                "depression,' and exploring how it affects your life. Seeing a problem from a "
                "little distance can ease shame and make it easier to push back."
                "\n\n"
                "Your therapist also looks with you for moments that do not fit the problem "
                "story: times you resisted it, or acted on what matters to you. These moments "
                "become the start of a new, richer story. This process is called re-authoring. "
                "Over time, it can help you feel more able to shape your own life."
            ),
            "fr": (
                "La thérapie narrative s'appuie sur une pratique appelée externalisation. Il "
                "s'agit de parler d'un problème comme d'une chose distincte de vous, par exemple "
                "l'anxiété ou la dépression, et d'explorer la façon dont il influence votre vie. "
                "Prendre du recul face au problème peut alléger la honte et vous aider à lui "
                "tenir tête."
                "\n\n"
                "Votre thérapeute cherche aussi avec vous les moments qui échappent à l'histoire "
                "dominée par le problème, des occasions où vous lui avez résisté ou avez agi "
                "selon ce qui compte pour vous. Ces moments deviennent le point de départ d'une "
                "histoire nouvelle et plus riche. C'est ce qu'on appelle la réécriture. Peu à "
                "peu, vous pouvez sentir que vous reprenez la plume de votre vie."
            ),
        },
        "who_it_helps": {
            "en": (
                "Narrative therapy is used with individuals, couples, families and groups, and "
                "with children and teens as well as adults. People turn to it for many reasons, "
                "including depression, anxiety, grief, trauma, relationship problems and eating "
                "concerns. Because it pays attention to culture, power and identity, it can suit "
                "people whose problems have been shaped by racism, discrimination, colonialism or "
                "other injustices."
                "\n\n"
                "There is less research on narrative therapy than on some other approaches, so "
                "less is known about how well it works for specific conditions. Many people value "
                "its respectful, non-blaming stance and the way it honours their own knowledge "
                "and skills."
            ),
            "fr": (
                "La thérapie narrative se pratique en individuel, en couple, en famille ou en "
                "groupe, auprès des jeunes comme des adultes. On y a recours pour bien des "
                "raisons, dont la dépression, l'anxiété, le deuil, les "
                "traumatismes, les difficultés relationnelles et les troubles alimentaires. Comme "
                "elle tient compte de la culture, des rapports de pouvoir et de l'identité, elle "
                "peut convenir aux personnes dont les difficultés ont été marquées par le "
                "racisme, la discrimination, le colonialisme ou d'autres injustices."
                "\n\n"
                "La recherche sur la thérapie narrative est moins abondante que pour d'autres "
                "approches. On en sait donc moins sur son efficacité pour des troubles précis. "
                "Bien des gens apprécient néanmoins son regard respectueux et sans blâme, qui "
                "valorise leurs savoirs."
            ),
        },
        "session_looks_like": {
            "en": (
                "A session feels much like a conversation. Your therapist asks many questions and "
                "listens closely to the words you use. You might give the problem a name and talk "
                "about when it shows up, what it tells you, and what it has cost you."
                "\n\n"
                "Your therapist may ask about people who have supported you, or who would not be "
                "surprised by your strengths. Some therapists write letters or notes that sum up "
                "what was said, or invite important people in your life to witness your new "
                "story. You decide which parts of your story you want to explore."
            ),
            "fr": (
                "Une séance ressemble beaucoup à une conversation. Votre thérapeute pose de "
                "nombreuses questions et prête une grande attention aux mots que vous employez. "
                "Vous pourriez donner un nom au problème et parler des moments où il se "
                "manifeste, de ce qu'il vous dit et de ce qu'il vous a coûté."
                "\n\n"
                "Votre thérapeute peut vous interroger sur les personnes qui vous ont apporté "
                "leur soutien ou qui ne seraient pas surprises par vos forces. Certains "
                "thérapeutes rédigent des lettres ou des notes qui résument la rencontre, ou "
                "invitent des proches à venir témoigner de votre nouvelle histoire. C'est vous "
                "qui choisissez les aspects de votre histoire que vous souhaitez explorer."
            ),
        },
        "related": ["solution-focused"],
    },
    {
        "slug": "solution-focused",
        "short_name": {"en": "SFBT", "fr": "SFBT"},
        "family": "systemic",
        "name": {
            "en": "Solution-focused brief therapy",
            "fr": "Thérapie brève orientée vers les solutions",
        },
        "summary": {
            "en": (
                "A short, goal-focused therapy that spends less time on what is wrong and more on "
                "what you want, what is already working and the small steps that could help."
            ),
            "fr": (
                "Une thérapie brève, centrée sur vos objectifs, qui s'attarde moins à ce qui ne "
                "va pas qu'à ce que vous souhaitez, à ce qui fonctionne déjà et aux petits pas "
                "possibles."
            ),
        },
        "what_it_is": {
            "en": (
                "Solution-focused brief therapy, or SFBT, was developed in the late 1970s and "
                "1980s by Steve de Shazer, Insoo Kim Berg and their colleagues at the Brief "
                "Family Therapy Center in Milwaukee, in the United States. It grew out of family "
                "therapy, but today it is used with individuals, couples, families and groups."
                "\n\n"
                "Rather than digging deeply into the causes of a problem, SFBT focuses on the "
                "future you would like and on what you are already doing that helps. It assumes "
                "that you have strengths and resources, and that small changes can lead to bigger "
                "ones. As the name suggests, it is often short, sometimes only a few sessions."
            ),
            "fr": (
                "La thérapie brève orientée vers les solutions (SFBT en anglais) a été mise au "
                "point à la fin des années 1970 et dans les années 1980 par Steve de Shazer, "
                "Insoo Kim Berg et leurs collègues du Brief Family Therapy Center de Milwaukee, "
                "aux États-Unis. Issue de la thérapie familiale, elle est aujourd'hui utilisée en "
                "individuel, en couple, en famille et en groupe."
                "\n\n"
                "Plutôt que de creuser les causes d'un problème, elle s'intéresse à l'avenir que "
                "vous souhaitez et à ce que vous faites déjà qui vous aide. Elle part du principe "
                "que vous avez des forces et des ressources, et que de petits changements peuvent "
                "en entraîner de plus grands. Elle est souvent courte, parfois quelques séances "
                "seulement."
            ),
        },
        "how_it_helps": {
            "en": (
                "SFBT uses a few well-known types of questions. The miracle question asks you to "
                "imagine that, overnight, the problem was solved, and to describe what would be "
                "different the next day. This helps make your goals clear and concrete."
                "\n\n"
                "Scaling questions ask you to rate where you are, for example from 0 to 10, and "
                "what would move you up by one point. Questions about exceptions look for times "
                "when the problem was absent or less intense, and what you did differently then. "
                "Together, these questions help you notice what already works and build on it, "
                "one step at a time."
            ),
            "fr": (
                "L'approche s'appuie sur quelques types de questions bien connus. La question "
                "miracle vous invite à imaginer que, pendant la nuit, le problème a disparu, puis "
                "à décrire ce qui serait différent le lendemain. Elle aide à rendre vos objectifs "
                "clairs et concrets."
                "\n\n"
                "Les questions d'échelle vous demandent de situer où vous en êtes, par exemple "
                "de 0 à 10, et ce qui vous permettrait de monter d'un point. Les questions sur "
                "les exceptions cherchent les moments où le problème était absent ou moins fort, "
                "et ce que vous faisiez alors autrement. Ensemble, ces questions vous aident à "
                "repérer ce qui fonctionne déjà et à vous en servir, un pas à la fois."
            ),
        },
        "who_it_helps": {
            "en": (
                "SFBT is used for many everyday and more serious difficulties, such as stress, "
                "low mood, anxiety, relationship and family conflict, school problems and "
                "substance use. It is common in schools, community agencies and workplaces, and "
                "with people who want practical help in a limited number of sessions."
                "\n\n"
                "Research suggests SFBT can be helpful for a range of concerns, though results "
                "vary and more high-quality studies are needed. Because it spends little time on "
                "the past, it may not suit people who want to explore their history in depth, or "
                "who are dealing with complex trauma. In those cases, it may be combined with "
                "other approaches."
            ),
            "fr": (
                "Cette approche est utilisée pour toutes sortes de difficultés, courantes ou plus "
                "sérieuses : stress, baisse de moral, anxiété, conflits de couple ou de famille, "
                "difficultés scolaires, consommation de substances. On la retrouve souvent dans "
                "les écoles, les organismes communautaires et les milieux de travail, et auprès "
                "des personnes qui veulent une aide concrète en un nombre limité de séances."
                "\n\n"
                "La recherche suggère qu'elle peut être utile pour divers problèmes, même si les "
                "résultats varient et que d'autres études rigoureuses sont nécessaires. Comme "
                "elle s'attarde peu au passé, elle peut moins convenir aux personnes qui "
                "souhaitent explorer leur histoire en profondeur ou qui vivent avec un "
                "traumatisme complexe. Elle peut alors être combinée à d'autres approches."
            ),
        },
        "session_looks_like": {
            "en": (
                "A first session often starts by asking what you hope to get out of meeting, and "
                "what would tell you that therapy has been useful. Your therapist listens for "
                "your strengths and for what is already going well, even if it seems small."
                "\n\n"
                "You may be asked the miracle question or a scaling question, and invited to "
                "describe your answers in detail. Near the end, many therapists take a short "
                "pause, then share what they noticed and offer a suggestion, such as paying "
                "attention to what goes a little better before the next meeting. Later sessions "
                "often begin by asking what has improved."
            ),
            "fr": (
                "Une première séance commence souvent par une question sur ce que vous espérez "
                "retirer de ces rencontres et sur ce qui vous montrerait que la thérapie vous a "
                "été utile. Votre thérapeute porte attention à vos forces et à ce qui va déjà "
                "bien, même si cela semble minime."
                "\n\n"
                "On pourrait vous poser la question miracle ou une question d'échelle, et vous "
                "inviter à décrire vos réponses en détail. Vers la fin, bien des thérapeutes "
                "prennent une courte pause, puis vous font part de ce qu'ils ont remarqué et vous "
                "proposent une piste, comme observer ce qui va un peu mieux d'ici la prochaine "
                "rencontre. Les séances suivantes commencent souvent par ce qui s'est amélioré."
            ),
        },
        "related": ["narrative-therapy", "cognitive-behavioural-therapy"],
    },
    {
        "slug": "gottman-method",
        "short_name": {"en": "", "fr": ""},
        "family": "systemic",
        "name": {
            "en": "Gottman Method Couples Therapy",
            "fr": "Thérapie de couple selon la méthode Gottman",
        },
        "summary": {
            "en": (
                "A structured couples therapy, based on many years of research on relationships, "
                "that helps partners manage conflict, deepen their friendship and build shared "
                "meaning."
            ),
            "fr": (
                "Une thérapie de couple structurée, fondée sur de nombreuses années de recherche "
                "sur les relations, qui aide les partenaires à gérer leurs conflits, à renforcer "
                "leur amitié et à bâtir un projet de vie commun."
            ),
        },
        "what_it_is": {
            "en": (
                "Gottman Method Couples Therapy was developed by American psychologists John "
                "Gottman and Julie Schwartz Gottman. It draws on John Gottman's many years of "
                "studying couples, including watching how partners talk, argue and make up."
                "\n\n"
                "The method is built around a model called the Sound Relationship House. Its "
                "levels include knowing each other's inner world, sharing fondness and "
                "admiration, turning toward each other's small bids for attention or support, "
                "managing conflict, and creating shared meaning. Trust and commitment are the "
                "walls that hold the house together. Therapy aims to strengthen the levels where "
                "a couple is struggling."
            ),
            "fr": (
                "La méthode Gottman de thérapie de couple a été élaborée par les psychologues "
                "américains John Gottman et Julie Schwartz Gottman. Elle s'appuie sur les "
                "nombreuses années que John Gottman a consacrées à l'étude des couples, "
                "notamment en observant comment les partenaires se parlent, se disputent et se "
                "réconcilient."
                "\n\n"
                "La méthode repose sur un modèle appelé la Maison de la relation solide. Ses "
                "étages comprennent la connaissance du monde intérieur de l'autre, la tendresse "
                "et l'admiration, l'attention aux petits gestes par lesquels chacun cherche le "
                "contact, la gestion des conflits et la création d'un sens partagé. La confiance "
                "et l'engagement en forment les murs porteurs. La thérapie vise à renforcer les "
                "étages où le couple éprouve des difficultés."
            ),
        },
        "how_it_helps": {
            "en": (
                "Gottman's research identified four patterns that tend to harm relationships, "
                "which he called the 'four horsemen': criticism, contempt, defensiveness and "
                "stonewalling, which means shutting down or withdrawing. Therapy helps partners "
                "notice these patterns and replace them with gentler ways of raising concerns, "
                "showing appreciation, taking responsibility and calming down."
                "\n\n"
                "Couples also learn to handle conflict differently. Many disagreements are "
                "ongoing and never fully solved, so the focus is on talking about them with "
                "respect rather than trying to win. Partners practise repairing hurtful moments, "
                "building friendship and understanding each other's hopes and dreams."
            ),
            "fr": (
                "Les recherches de Gottman ont mis en lumière quatre comportements qui nuisent "
                "souvent aux relations, qu'il a surnommés les quatre cavaliers : la critique, le "
                "mépris, l'attitude défensive et la fermeture, c'est-à-dire le fait de se murer "
                "dans le silence. La thérapie aide les partenaires à les reconnaître et à les "
                "remplacer par des façons plus douces d'exprimer un malaise, de montrer son "
                "appréciation, d'assumer sa part et de se calmer."
                "\n\n"
                "Le couple apprend aussi à vivre les conflits autrement. Bien des désaccords sont "
                "permanents, si bien qu'on cherche à en parler avec respect plutôt qu'à gagner. "
                "Les partenaires s'exercent à réparer les moments blessants, à cultiver leur "
                "amitié et à comprendre les rêves de l'autre."
            ),
        },
        "who_it_helps": {
            "en": (
                "The method is meant for couples of all kinds, married or not, including "
                "same-sex couples. It can help with frequent arguments, feeling distant, "
                "communication problems, recovering from an affair, and stresses such as a new "
                "baby or a major life change. Some couples come to strengthen a relationship "
                "that is going fairly well."
                "\n\n"
                "It may not be the right fit when there is ongoing violence or abuse, or when "
                "one partner is dealing with an untreated addiction. In those situations, safety "
                "comes first, and a therapist may suggest individual support before or instead "
                "of couples work. Research on the therapy itself is more limited than the "
                "research on couples it draws on."
            ),
            "fr": (
                "La méthode s'adresse à tous les couples, mariés ou non, y compris les couples de "
                "même sexe. Elle peut aider en cas de disputes fréquentes, de distance, de "
                "problèmes de communication ou d'infidélité, ou lors d'un stress comme l'arrivée "
                "d'un bébé. Certains couples consultent pour renforcer une relation qui va plutôt "
                "bien."
                "\n\n"
                "Elle ne convient pas toujours en présence de violence ou d'abus, ou si un des "
                "partenaires vit une dépendance non traitée. La sécurité passe alors en premier, "
                "et un soutien individuel peut être proposé avant ou à la place de la thérapie de "
                "couple. La recherche sur la thérapie elle-même est moins abondante que celle sur "
                "les couples, dont elle s'inspire."
            ),
        },
        "session_looks_like": {
            "en": (
                "Therapy usually starts with an assessment. This often includes a joint session, "
                "a separate meeting with each partner, and detailed questionnaires about the "
                "relationship. The therapist then shares what they noticed and works out a plan "
                "with you both."
                "\n\n"
                "In later sessions, you and your partner may be coached to talk directly to each "
                "other about a real issue while the therapist guides you. If things get heated, "
                "the therapist may pause the conversation so each of you can calm down. Couples "
                "are often given exercises to try at home, and sessions may be spaced further "
                "apart as things improve."
            ),
            "fr": (
                "La thérapie commence habituellement par une évaluation. Celle-ci comprend "
                "souvent une séance à deux, une rencontre individuelle avec chaque partenaire et "
                "des questionnaires détaillés sur la relation. Le thérapeute vous fait ensuite "
                "part de ses observations et établit un plan avec vous deux."
                "\n\n"
                "Au cours des séances suivantes, vous pourriez être invités à parler directement "
                "à votre partenaire d'un vrai sujet de tension, avec l'accompagnement du "
                "thérapeute. Si le ton monte, celui-ci peut interrompre l'échange pour permettre "
                "à chacun de se calmer. On propose souvent au couple des exercices à faire à la "
                "maison, et les rencontres peuvent s'espacer à mesure que la situation "
                "s'améliore."
            ),
        },
        "related": ["emotion-focused-therapy"],
    },
]

CONCERNS = [
    {
        "slug": "anxiety",
        "name": {"en": "Anxiety", "fr": "Anxiété"},
        "description": {
            "en": "Ongoing worry, nervousness or fear that feels hard to control and can affect "
            "sleep, focus and daily life.",
            "fr": "Inquiétude, nervosité ou peur persistantes, difficiles à maîtriser, qui peuvent "
            "nuire au sommeil, à la concentration et au quotidien.",
        },
    },
    {
        "slug": "depression",
        "name": {"en": "Depression", "fr": "Dépression"},
        "description": {
            "en": "Low mood, loss of interest or energy, and feelings of emptiness or hopelessness "
            "that last for weeks or longer.",
            "fr": "Humeur basse, perte d'intérêt ou d'énergie et sentiment de vide ou de désespoir "
            "qui durent des semaines ou plus.",
        },
    },
    {
        "slug": "trauma",
        "name": {"en": "Trauma", "fr": "Traumatisme"},
        "description": {
            "en": "The lasting effects of frightening, overwhelming or harmful experiences, "
            "whether a single event or something that happened over time.",
            "fr": "Les effets durables d'expériences effrayantes, accablantes ou blessantes, qu'il "
            "s'agisse d'un seul événement ou de situations répétées.",
        },
    },
    {
        "slug": "ptsd",
        "name": {
            "en": "Post-traumatic stress (PTSD)",
            "fr": "Trouble de stress post-traumatique (TSPT)",
        },
        "description": {
            "en": "Flashbacks, nightmares, feeling constantly on edge or avoiding reminders, long "
            "after a traumatic event is over.",
            "fr": "Souvenirs envahissants, cauchemars, état d'alerte constant ou évitement de ce "
            "qui rappelle un événement traumatique, longtemps après celui-ci.",
        },
    },
    {
        "slug": "addiction",
        "name": {
            "en": "Addiction and substance use",
            "fr": "Dépendances et consommation de substances",
        },
        "description": {
            "en": "Use of alcohol, drugs or other substances, or behaviours such as gambling, "
            "that feels hard to control or is causing harm.",
            "fr": "Consommation d'alcool, de drogues ou d'autres substances, ou comportements "
            "comme le jeu, devenus difficiles à contrôler ou nuisibles.",
        },
    },
    {
        "slug": "relationship-problems",
        "name": {"en": "Relationship problems", "fr": "Difficultés relationnelles"},
        "description": {
            "en": "Conflict, distance, trust issues or repeated patterns that make close "
            "relationships painful or hard to sustain.",
            "fr": "Conflits, distance, manque de confiance ou scénarios répétitifs qui rendent "
            "les relations proches douloureuses ou difficiles à maintenir.",
        },
    },
    {
        "slug": "self-criticism",
        "name": {"en": "Self-criticism", "fr": "Autocritique"},
        "description": {
            "en": "A harsh inner voice that judges, blames or belittles you, often far more than "
            "you would judge anyone else.",
            "fr": "Une voix intérieure dure qui vous juge, vous blâme ou vous rabaisse, souvent "
            "bien plus que vous ne jugeriez quelqu'un d'autre.",
        },
    },
    {
        "slug": "shame",
        "name": {"en": "Shame", "fr": "Honte"},
        "description": {
            "en": "A painful sense of being flawed, unworthy or not good enough, often leading to "
            "hiding or pulling away from others.",
            "fr": "Un sentiment douloureux d'être imparfait, indigne ou pas à la hauteur, qui "
            "pousse souvent à se cacher ou à s'éloigner des autres.",
        },
    },
    {
        "slug": "perfectionism",
        "name": {"en": "Perfectionism", "fr": "Perfectionnisme"},
        "description": {
            "en": "Holding yourself to very high standards and feeling that anything less than "
            "perfect counts as failure.",
            "fr": "S'imposer des exigences très élevées et avoir l'impression que tout ce qui "
            "n'est pas parfait est un échec.",
        },
    },
    {
        "slug": "self-sabotage",
        "name": {"en": "Self-sabotage", "fr": "Autosabotage"},
        "description": {
            "en": "Habits such as procrastination or avoidance that keep getting in the way of "
            "goals you care about.",
            "fr": "Des habitudes comme la procrastination ou l'évitement qui vous empêchent "
            "d'atteindre des objectifs qui comptent pour vous.",
        },
    },
    {
        "slug": "grief-and-loss",
        "name": {"en": "Grief and loss", "fr": "Deuil et perte"},
        "description": {
            "en": "The pain that follows the death of someone close, or other losses such as a "
            "relationship, a pregnancy, your health or a home.",
            "fr": "La douleur qui suit la mort d'un proche ou d'autres pertes, comme une "
            "relation, une grossesse, la santé ou un chez-soi.",
        },
    },
    {
        "slug": "chronic-stress",
        "name": {"en": "Chronic stress", "fr": "Stress chronique"},
        "description": {
            "en": "Pressure that goes on for a long time and leaves you tense, tired or unable to "
            "switch off.",
            "fr": "Une pression qui dure longtemps et qui vous laisse tendu, épuisé ou incapable "
            "de décrocher.",
        },
    },
    {
        "slug": "burnout",
        "name": {"en": "Burnout", "fr": "Épuisement professionnel"},
        "description": {
            "en": "Deep exhaustion, cynicism and a sense of getting nowhere after a long stretch "
            "of demands at work or as a caregiver.",
            "fr": "Un épuisement profond, du cynisme et un sentiment d'inefficacité après une "
            "longue période d'exigences au travail ou comme proche aidant.",
        },
    },
    {
        "slug": "panic",
        "name": {"en": "Panic attacks", "fr": "Attaques de panique"},
        "description": {
            "en": "Sudden waves of intense fear with physical signs such as a racing heart, "
            "shortness of breath or dizziness.",
            "fr": "Des vagues soudaines de peur intense, avec des signes physiques comme un cœur "
            "qui s'emballe, le souffle court ou des étourdissements.",
        },
    },
    {
        "slug": "social-anxiety",
        "name": {"en": "Social anxiety", "fr": "Anxiété sociale"},
        "description": {
            "en": "Strong fear of being judged, embarrassed or rejected around other people, "
            "often leading to avoiding social situations.",
            "fr": "Une peur marquée d'être jugé, humilié ou rejeté devant les autres, qui mène "
            "souvent à éviter les situations sociales.",
        },
    },
    {
        "slug": "ocd",
        "name": {
            "en": "Obsessive-compulsive patterns (OCD)",
            "fr": "Troubles obsessionnels-compulsifs (TOC)",
        },
        "description": {
            "en": "Unwanted, distressing thoughts, along with repeated actions or mental rituals "
            "done to ease the distress.",
            "fr": "Des pensées non désirées et angoissantes, accompagnées de gestes ou de rituels "
            "mentaux répétés pour calmer l'angoisse.",
        },
    },
    {
        "slug": "eating-concerns",
        "name": {"en": "Eating concerns", "fr": "Préoccupations alimentaires"},
        "description": {
            "en": "A troubled relationship with food, such as restricting, bingeing, purging or "
            "constant worry about eating.",
            "fr": "Un rapport difficile avec la nourriture, comme la restriction, les crises "
            "alimentaires, les purges ou une inquiétude constante face à l'alimentation.",
        },
    },
    {
        "slug": "body-image",
        "name": {"en": "Body image", "fr": "Image corporelle"},
        "description": {
            "en": "Persistent distress or dissatisfaction with how your body looks, which can "
            "affect your mood and daily choices.",
            "fr": "Une détresse ou une insatisfaction persistante face à l'apparence de son "
            "corps, qui peut peser sur l'humeur et les choix quotidiens.",
        },
    },
    {
        "slug": "low-self-esteem",
        "name": {"en": "Low self-esteem", "fr": "Faible estime de soi"},
        "description": {
            "en": "A lasting sense that you are not worth much, not capable or not as good as "
            "other people.",
            "fr": "Le sentiment durable de ne pas valoir grand-chose, de ne pas être capable ou "
            "d'être moins bien que les autres.",
        },
    },
    {
        "slug": "anger",
        "name": {"en": "Anger", "fr": "Colère"},
        "description": {
            "en": "Anger that feels too intense, comes out in ways you regret, or is held in "
            "until it builds up.",
            "fr": "Une colère qui semble trop intense, qui s'exprime d'une façon que l'on regrette "
            "ou qui est retenue jusqu'à déborder.",
        },
    },
]

CONCERNS += [
    {
        "slug": "life-transitions",
        "name": {"en": "Life transitions", "fr": "Transitions de vie"},
        "description": {
            "en": "Adjusting to major changes such as a move, a new role, a separation, "
            "retirement or becoming a parent.",
            "fr": "S'adapter à de grands changements comme un déménagement, un nouveau rôle, une "
            "séparation, la retraite ou l'arrivée d'un enfant.",
        },
    },
    {
        "slug": "parenting",
        "name": {"en": "Parenting", "fr": "Parentalité"},
        "description": {
            "en": "The challenges and stress of raising children, from everyday struggles to "
            "worries about a child's behaviour or well-being.",
            "fr": "Les défis et le stress liés à l'éducation des enfants, des difficultés du "
            "quotidien aux inquiétudes sur le comportement ou le bien-être d'un enfant.",
        },
    },
    {
        "slug": "family-conflict",
        "name": {"en": "Family conflict", "fr": "Conflits familiaux"},
        "description": {
            "en": "Ongoing tension, arguments or estrangement between family members, including "
            "parents, siblings and extended family.",
            "fr": "Tensions, disputes ou ruptures persistantes entre membres d'une famille, "
            "y compris les parents, la fratrie et la famille élargie.",
        },
    },
    {
        "slug": "loneliness",
        "name": {"en": "Loneliness", "fr": "Solitude"},
        "description": {
            "en": "Feeling cut off or without close connection, whether or not other people "
            "are around.",
            "fr": "Se sentir coupé des autres ou privé de liens proches, qu'on soit entouré "
            "ou non.",
        },
    },
    {
        "slug": "sleep-problems",
        "name": {"en": "Sleep problems", "fr": "Troubles du sommeil"},
        "description": {
            "en": "Trouble falling or staying asleep, waking too early or not feeling rested, "
            "often linked to stress or mood.",
            "fr": "Difficulté à s'endormir ou à rester endormi, réveils trop matinaux ou sommeil "
            "non réparateur, souvent liés au stress ou à l'humeur.",
        },
    },
    {
        "slug": "chronic-pain-and-illness",
        "name": {
            "en": "Chronic pain and illness",
            "fr": "Douleur et maladie chroniques",
        },
        "description": {
            "en": "The emotional weight of living with long-term pain or a health condition, "
            "and the changes it brings to daily life.",
            "fr": "Le poids émotionnel de vivre avec une douleur ou un problème de santé de "
            "longue durée, et les changements qu'il impose au quotidien.",
        },
    },
    {
        "slug": "work-stress",
        "name": {"en": "Work stress", "fr": "Stress au travail"},
        "description": {
            "en": "Strain from workload, conflict, job insecurity or lack of control at work "
            "that spills into the rest of life.",
            "fr": "Tension causée par la charge de travail, les conflits, la précarité ou le "
            "manque de contrôle au travail, qui déborde sur le reste de la vie.",
        },
    },
    {
        "slug": "gender-and-sexual-identity",
        "name": {
            "en": "Gender and sexual identity",
            "fr": "Identité de genre et orientation sexuelle",
        },
        "description": {
            "en": "Exploring or affirming your gender or sexual orientation, and coping with "
            "stigma, coming out or family reactions.",
            "fr": "Explorer ou affirmer son identité de genre ou son orientation sexuelle, et "
            "faire face à la stigmatisation, au dévoilement ou aux réactions des proches.",
        },
    },
    {
        "slug": "perinatal-mental-health",
        "name": {"en": "Perinatal mental health", "fr": "Santé mentale périnatale"},
        "description": {
            "en": "Mood, anxiety or adjustment difficulties during pregnancy and in the months "
            "after birth, for any parent.",
            "fr": "Difficultés d'humeur, d'anxiété ou d'adaptation pendant la grossesse et dans "
            "les mois suivant la naissance, chez tout parent.",
        },
    },
    {
        "slug": "adhd",
        "name": {
            "en": "ADHD (attention deficit hyperactivity disorder)",
            "fr": "TDAH (trouble du déficit de l'attention avec hyperactivité)",
        },
        "description": {
            "en": "Ongoing difficulty with attention, organization, restlessness or impulsivity, "
            "and the stress it can bring at home, school or work.",
            "fr": "Difficultés persistantes d'attention, d'organisation, d'agitation ou "
            "d'impulsivité, et le stress qu'elles causent à la maison, à l'école ou au travail.",
        },
    },
    {
        "slug": "suicidal-thoughts",
        "name": {"en": "Suicidal thoughts", "fr": "Pensées suicidaires"},
        "description": {
            "en": "Thoughts of ending your life or wishing you were not here; if you are in "
            "immediate danger, call or text 9-8-8, or call 911.",
            "fr": "Penser à mettre fin à ses jours ou souhaiter ne plus être là; en cas de danger "
            "immédiat, appelez ou textez le 9-8-8, ou composez le 911.",
        },
    },
    {
        "slug": "emotional-regulation",
        "name": {"en": "Emotional regulation", "fr": "Régulation des émotions"},
        "description": {
            "en": "Emotions that feel overwhelming, change quickly or are hard to calm down, "
            "sometimes leading to actions you regret.",
            "fr": "Des émotions qui submergent, changent rapidement ou sont difficiles à apaiser, "
            "menant parfois à des gestes que l'on regrette.",
        },
    },
    {
        "slug": "attachment",
        "name": {"en": "Attachment difficulties", "fr": "Difficultés d'attachement"},
        "description": {
            "en": "Patterns from early relationships, such as fear of abandonment or discomfort "
            "with closeness, that shape adult relationships.",
            "fr": "Des schémas issus des premières relations, comme la peur de l'abandon ou le "
            "malaise face à l'intimité, qui influencent les relations adultes.",
        },
    },
    {
        "slug": "infertility",
        "name": {"en": "Infertility", "fr": "Infertilité"},
        "description": {
            "en": "The emotional strain of trying to conceive, fertility treatment, pregnancy "
            "loss or facing life without the children you hoped for.",
            "fr": "La charge émotionnelle des essais pour concevoir, des traitements de "
            "fertilité, des pertes de grossesse ou d'une vie sans les enfants espérés.",
        },
    },
    {
        "slug": "racial-trauma",
        "name": {"en": "Racial trauma", "fr": "Traumatisme lié au racisme"},
        "description": {
            "en": "The emotional and physical toll of racism, discrimination or race-based "
            "violence, whether experienced once or repeatedly over time.",
            "fr": "Les répercussions émotionnelles et physiques du racisme, de la discrimination "
            "ou de la violence raciale, vécus une fois ou de façon répétée.",
        },
    },
    {
        "slug": "cultural-identity-and-migration",
        "name": {
            "en": "Cultural identity and migration",
            "fr": "Identité culturelle et immigration",
        },
        "description": {
            "en": "Living between cultures, the stress of immigration or displacement, and "
            "questions of belonging and identity.",
            "fr": "Vivre entre plusieurs cultures, le stress de l'immigration ou du déracinement, "
            "et les questions d'appartenance et d'identité.",
        },
    },
]

RESOURCES = [
    {
        "title": "Self-Compassion in Psychotherapy: Mindfulness-Based Practices for Healing "
        "and Transformation",
        "author": "Tim Desmond",
        "year": 2015,
        "publisher": "W. W. Norton & Company",
        "kind": "book",
        "note": {
            "en": "Written for therapists, it lays out practical self-compassion and mindfulness "
            "exercises and shows how they can be woven into therapy. Clients curious about "
            "compassion-based work may also find it clear.",
            "fr": "Destiné aux thérapeutes, ce livre présente des exercices concrets "
            "d'autocompassion et de pleine conscience et montre comment les intégrer à la "
            "thérapie. Les personnes curieuses de cette approche y trouveront aussi des repères "
            "clairs.",
        },
        "approaches": [
            "compassion-based",
            "compassion-focused-therapy",
            "mindfulness-based",
        ],
    },
    {
        "title": "The Compassionate Mind",
        "author": "Paul Gilbert",
        "year": 2009,
        "publisher": "Constable",
        "kind": "book",
        "note": {
            "en": "The founder of compassion-focused therapy explains how our threat, drive and "
            "soothing systems shape our feelings, and why building compassion can help ease "
            "shame and self-criticism.",
            "fr": "Le fondateur de la thérapie centrée sur la compassion explique comment nos "
            "systèmes de menace, de motivation et d'apaisement façonnent nos émotions, et "
            "pourquoi cultiver la compassion peut aider à apaiser la honte et l'autocritique.",
        },
        "approaches": ["compassion-focused-therapy", "compassion-based"],
    },
    {
        "title": "Self-Compassion: The Proven Power of Being Kind to Yourself",
        "author": "Kristin Neff",
        "year": 2011,
        "publisher": "William Morrow",
        "kind": "book",
        "note": {
            "en": "A readable introduction to the three parts of self-compassion, by a researcher "
            "who helped define the idea, with short exercises to try.",
            "fr": "Une introduction accessible aux trois composantes de l'autocompassion, par une "
            "chercheuse qui a contribué à définir le concept, avec de courts exercices à essayer.",
        },
        "approaches": ["compassion-based"],
    },
    {
        "title": "The Mindful Path to Self-Compassion: Freeing Yourself from Destructive "
        "Thoughts and Emotions",
        "author": "Christopher K. Germer",
        "year": 2009,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "A psychologist's gentle guide to meeting painful thoughts and feelings with "
            "mindfulness and kindness, with guided practices throughout.",
            "fr": "Un guide bienveillant, écrit par un psychologue, pour accueillir les pensées "
            "et les émotions douloureuses avec pleine conscience et douceur, ponctué "
            "d'exercices guidés.",
        },
        "approaches": ["compassion-based", "mindfulness-based"],
    },
    {
        "title": "The Happiness Trap",
        "author": "Russ Harris",
        "year": 2007,
        "publisher": "Exisle Publishing",
        "kind": "book",
        "note": {
            "en": "A plain-language self-help introduction to acceptance and commitment therapy. "
            "It shows how to make room for difficult feelings and act on what matters to you.",
            "fr": "Une introduction en langage simple à la thérapie d'acceptation et "
            "d'engagement. Elle montre comment faire de la place aux émotions difficiles et "
            "agir selon ce qui compte pour soi.",
        },
        "approaches": ["acceptance-and-commitment-therapy"],
    },
    {
        "title": "Get Out of Your Mind and Into Your Life: The New Acceptance and Commitment "
        "Therapy",
        "author": "Steven C. Hayes with Spencer Smith",
        "year": 2005,
        "publisher": "New Harbinger Publications",
        "kind": "book",
        "note": {
            "en": "A workbook by one of the developers of ACT, with exercises for loosening the "
            "grip of painful thoughts and moving toward a life guided by your values.",
            "fr": "Un cahier d'exercices signé par l'un des fondateurs de l'ACT, pour desserrer "
            "l'emprise des pensées douloureuses et avancer vers une vie guidée par ses valeurs.",
        },
        "approaches": ["acceptance-and-commitment-therapy"],
    },
    {
        "title": "Acceptance and Commitment Therapy: An Experiential Approach to Behavior Change",
        "author": "Steven C. Hayes, Kirk D. Strosahl and Kelly G. Wilson",
        "year": 1999,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "The original clinical text on ACT, written for professionals. It explains the "
            "theory and methods behind the approach in detail.",
            "fr": "Le texte clinique d'origine sur l'ACT, destiné aux professionnels. Il expose "
            "en détail la théorie et les méthodes de l'approche.",
        },
        "approaches": ["acceptance-and-commitment-therapy"],
    },
    {
        "title": "The Mindful Way through Depression: Freeing Yourself from Chronic Unhappiness",
        "author": "Mark Williams, John Teasdale, Zindel Segal and Jon Kabat-Zinn",
        "year": 2007,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "Written by the developers of mindfulness-based cognitive therapy, it explains "
            "how low mood can spiral and offers the program's core practices for use at home.",
            "fr": "Rédigé par les concepteurs de la thérapie cognitive basée sur la pleine "
            "conscience, ce livre explique comment une humeur basse peut s'emballer et propose "
            "les pratiques de base du programme à faire chez soi.",
        },
        "approaches": ["mindfulness-based-cognitive-therapy", "mindfulness-based"],
    },
    {
        "title": "Mindfulness-Based Cognitive Therapy for Depression: A New Approach to "
        "Preventing Relapse",
        "author": "Zindel V. Segal, J. Mark G. Williams and John D. Teasdale",
        "year": 2002,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "The professional manual for the eight-week MBCT program. It describes how the "
            "program was built to help people who have recovered from depression lower their "
            "risk of relapse.",
            "fr": "Le manuel professionnel du programme de thérapie cognitive basée sur la "
            "pleine conscience en huit semaines. Il décrit comment le programme a été conçu "
            "pour aider les personnes rétablies d'une dépression à réduire le risque de rechute.",
        },
        "approaches": ["mindfulness-based-cognitive-therapy"],
    },
]

RESOURCES += [
    {
        "title": "Full Catastrophe Living: Using the Wisdom of Your Body and Mind to Face "
        "Stress, Pain, and Illness",
        "author": "Jon Kabat-Zinn",
        "year": 1990,
        "publisher": "Delacorte Press",
        "kind": "book",
        "note": {
            "en": "The founder of mindfulness-based stress reduction describes the eight-week "
            "program and its practices, with a focus on stress, pain and illness.",
            "fr": "Le fondateur de la réduction du stress basée sur la pleine conscience décrit "
            "le programme de huit semaines et ses pratiques, en s'attardant au stress, à la "
            "douleur et à la maladie.",
        },
        "approaches": ["mindfulness-based-stress-reduction", "mindfulness-based"],
    },
    {
        "title": "Wherever You Go, There You Are: Mindfulness Meditation in Everyday Life",
        "author": "Jon Kabat-Zinn",
        "year": 1994,
        "publisher": "Hyperion",
        "kind": "book",
        "note": {
            "en": "Short, unhurried chapters on bringing mindful attention into everyday life. "
            "It suits readers who want a gentle place to start.",
            "fr": "De courts chapitres, sans hâte, sur la façon d'intégrer la pleine conscience "
            "à la vie de tous les jours. Il convient à qui veut commencer en douceur.",
        },
        "approaches": ["mindfulness-based", "mindfulness-based-stress-reduction"],
    },
    {
        "title": "DBT Skills Training Manual, Second Edition",
        "author": "Marsha M. Linehan",
        "year": 2014,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "The developer of DBT sets out the four skill areas taught in the approach: "
            "mindfulness, distress tolerance, emotion regulation and interpersonal "
            "effectiveness. It is written mainly for clinicians.",
            "fr": "La conceptrice de la thérapie comportementale dialectique présente les quatre "
            "volets de compétences de l'approche : pleine conscience, tolérance à la détresse, "
            "régulation des émotions et efficacité interpersonnelle. Il s'adresse surtout aux "
            "cliniciens.",
        },
        "approaches": ["dialectical-behaviour-therapy"],
    },
    {
        "title": "On Becoming a Person: A Therapist's View of Psychotherapy",
        "author": "Carl R. Rogers",
        "year": 1961,
        "publisher": "Houghton Mifflin",
        "kind": "book",
        "note": {
            "en": "Essays by the founder of person-centred therapy on empathy, acceptance and "
            "genuineness, and on what helps people grow.",
            "fr": "Des essais du fondateur de l'approche centrée sur la personne sur l'empathie, "
            "l'acceptation et l'authenticité, et sur ce qui aide une personne à grandir.",
        },
        "approaches": ["person-centred"],
    },
    {
        "title": "Feeling Good: The New Mood Therapy",
        "author": "David D. Burns",
        "year": 1980,
        "publisher": "William Morrow",
        "kind": "book",
        "note": {
            "en": "A self-help book that teaches cognitive therapy techniques for noticing and "
            "questioning distorted thoughts linked to low mood. It has been used in research "
            "on self-help reading for depression.",
            "fr": "Un livre d'autosoins qui enseigne des techniques de thérapie cognitive pour "
            "repérer et remettre en question les pensées déformées liées à une humeur basse. "
            "Il a servi dans des recherches sur la lecture d'autosoins en cas de dépression.",
        },
        "approaches": ["cognitive-behavioural-therapy"],
    },
    {
        "title": "Mind Over Mood",
        "author": "Dennis Greenberger and Christine A. Padesky",
        "year": 1995,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "A step-by-step CBT workbook with worksheets such as thought records, which "
            "readers can use on their own or alongside therapy.",
            "fr": "Un cahier d'exercices de TCC, étape par étape, avec des fiches comme le "
            "registre des pensées, à utiliser seul ou en parallèle d'une thérapie.",
        },
        "approaches": ["cognitive-behavioural-therapy"],
    },
    {
        "title": "Cognitive Therapy and the Emotional Disorders",
        "author": "Aaron T. Beck",
        "year": 1976,
        "publisher": "International Universities Press",
        "kind": "book",
        "note": {
            "en": "Aaron Beck's founding account of cognitive therapy. It explains how the "
            "meanings we give to events shape our emotions.",
            "fr": "L'exposé fondateur de la thérapie cognitive par Aaron Beck. Il explique "
            "comment le sens que l'on donne aux événements façonne nos émotions.",
        },
        "approaches": ["cognitive-behavioural-therapy"],
    },
    {
        "title": "Emotion-Focused Therapy",
        "author": "Leslie S. Greenberg",
        "year": 2011,
        "publisher": "American Psychological Association",
        "kind": "book",
        "note": {
            "en": "A concise overview of emotion-focused therapy by one of its developers, "
            "covering its theory, methods and research base.",
            "fr": "Un survol concis de la thérapie centrée sur les émotions par l'un de ses "
            "concepteurs, qui en présente la théorie, les méthodes et les appuis de recherche.",
        },
        "approaches": ["emotion-focused-therapy"],
    },
    {
        "title": "Hold Me Tight: Seven Conversations for a Lifetime of Love",
        "author": "Sue Johnson",
        "year": 2008,
        "publisher": "Little, Brown and Company",
        "kind": "book",
        "note": {
            "en": "The developer of emotionally focused couples therapy guides partners through "
            "seven conversations meant to help them understand their conflict cycles and "
            "rebuild a secure bond.",
            "fr": "La conceptrice de la thérapie de couple centrée sur les émotions guide les "
            "partenaires à travers sept conversations pour comprendre leurs cycles de conflit "
            "et rebâtir un lien sécurisant.",
        },
        "approaches": ["emotion-focused-therapy"],
    },
    {
        "title": "Getting Past Your Past",
        "author": "Francine Shapiro",
        "year": 2012,
        "publisher": "Rodale",
        "kind": "book",
        "note": {
            "en": "The originator of EMDR explains how unprocessed memories can shape present "
            "reactions, and offers self-help techniques drawn from the therapy.",
            "fr": "La créatrice de l'EMDR explique comment des souvenirs non traités peuvent "
            "influencer nos réactions actuelles et propose des techniques d'autosoins tirées "
            "de cette thérapie.",
        },
        "approaches": ["emdr"],
    },
    {
        "title": "The Body Keeps the Score: Brain, Mind, and Body in the Healing of Trauma",
        "author": "Bessel van der Kolk",
        "year": 2014,
        "publisher": "Viking",
        "kind": "book",
        "note": {
            "en": "A psychiatrist's account of how trauma affects the brain and body, with "
            "chapters on several treatments, including EMDR and internal family systems.",
            "fr": "Un psychiatre décrit les effets du traumatisme sur le cerveau et le corps, "
            "avec des chapitres sur plusieurs traitements, dont l'EMDR et la thérapie des "
            "systèmes familiaux intérieurs.",
        },
        "approaches": ["emdr", "internal-family-systems", "mindfulness-based"],
    },
    {
        "title": "No Bad Parts: Healing Trauma and Restoring Wholeness with the Internal "
        "Family Systems Model",
        "author": "Richard C. Schwartz",
        "year": 2021,
        "publisher": "Sounds True",
        "kind": "book",
        "note": {
            "en": "The founder of internal family systems introduces the idea of inner parts and "
            "a core Self, with exercises for getting to know them.",
            "fr": "Le fondateur de la thérapie des systèmes familiaux intérieurs présente l'idée "
            "des parties intérieures et du Soi, avec des exercices pour apprendre à les "
            "connaître.",
        },
        "approaches": ["internal-family-systems"],
    },
    {
        "title": "Narrative Means to Therapeutic Ends",
        "author": "Michael White and David Epston",
        "year": 1990,
        "publisher": "W. W. Norton & Company",
        "kind": "book",
        "note": {
            "en": "The founding text of narrative therapy, written for practitioners. It shows "
            "how separating people from their problems and retelling their stories can open "
            "new possibilities.",
            "fr": "Le texte fondateur de la thérapie narrative, destiné aux praticiens. Il "
            "montre comment distinguer la personne de son problème et réécrire son histoire "
            "peut ouvrir de nouvelles possibilités.",
        },
        "approaches": ["narrative-therapy"],
    },
    {
        "title": "Keys to Solution in Brief Therapy",
        "author": "Steve de Shazer",
        "year": 1985,
        "publisher": "W. W. Norton & Company",
        "kind": "book",
        "note": {
            "en": "An early statement of solution-focused ideas by one of the approach's "
            "founders, centred on what is already working rather than on the history of the "
            "problem.",
            "fr": "Un des premiers exposés de l'approche orientée vers les solutions, par l'un "
            "de ses fondateurs, qui mise sur ce qui fonctionne déjà plutôt que sur l'historique "
            "du problème.",
        },
        "approaches": ["solution-focused"],
    },
    {
        "title": "The Seven Principles for Making Marriage Work",
        "author": "John M. Gottman and Nan Silver",
        "year": 1999,
        "publisher": "Crown Publishers",
        "kind": "book",
        "note": {
            "en": "Drawing on John Gottman's research with couples, it describes habits linked "
            "to lasting relationships and includes questionnaires and exercises for partners.",
            "fr": "Fondé sur les recherches de John Gottman auprès des couples, ce livre décrit "
            "des habitudes associées aux relations durables et propose des questionnaires et "
            "des exercices pour les partenaires.",
        },
        "approaches": ["gottman-method"],
    },
    {
        "title": "The Efficacy of Psychodynamic Psychotherapy",
        "author": "Jonathan Shedler",
        "year": 2010,
        "publisher": "American Psychologist",
        "kind": "article",
        "note": {
            "en": "A frequently cited review of research on psychodynamic therapy. It summarizes "
            "studies of its effects and how they compare with other treatments.",
            "fr": "Une revue de recherche souvent citée sur la thérapie psychodynamique. Elle "
            "résume les études sur ses effets et les compare à ceux d'autres traitements.",
        },
        "approaches": ["psychodynamic"],
    },
    {
        "title": "Psychoanalytic Psychotherapy: A Practitioner's Guide",
        "author": "Nancy McWilliams",
        "year": 2004,
        "publisher": "Guilford Press",
        "kind": "book",
        "note": {
            "en": "A warm, practical guide for clinicians on how psychodynamic therapy works "
            "from day to day, from the first session to the ending.",
            "fr": "Un guide pratique et chaleureux, destiné aux cliniciens, sur le déroulement "
            "concret d'une psychothérapie psychodynamique, de la première séance à la fin.",
        },
        "approaches": ["psychodynamic"],
    },
]

# Other words people type when they mean a concern or an approach, so that a search for
# "anxious" or "worried" finds therapists who list anxiety. Comma-separated, per language.
KEYWORDS = {
    "anxiety": {
        "en": "anxious, worry, worried, nervous, fear",
        "fr": "anxieux, anxieuse, inquiet, inquiétude, peur",
    },
    "depression": {
        "en": "depressed, sad, sadness, low mood, hopeless",
        "fr": "déprimé, déprimée, tristesse, découragement",
    },
    "trauma": {"en": "traumatic, abuse, assault", "fr": "traumatisé, abus, agression"},
    "ptsd": {
        "en": "post-traumatic stress, flashbacks",
        "fr": "TSPT, stress post-traumatique, reviviscences",
    },
    "addiction": {
        "en": "alcohol, drugs, substance use, gambling, dependency",
        "fr": "dépendance, alcool, drogues, jeu",
    },
    "relationship-problems": {
        "en": "couple, partner, marriage, breakup, divorce",
        "fr": "couple, partenaire, mariage, rupture, divorce",
    },
    "self-criticism": {
        "en": "self-critical, inner critic, hard on myself",
        "fr": "autocritique, critique intérieure",
    },
    "shame": {"en": "ashamed, guilt, unworthy", "fr": "honteux, culpabilité"},
    "perfectionism": {"en": "perfectionist, high standards", "fr": "perfectionniste, exigences"},
    "self-sabotage": {
        "en": "procrastination, self-defeating",
        "fr": "procrastination, autosabotage",
    },
    "grief-and-loss": {
        "en": "grieving, bereavement, death, mourning",
        "fr": "endeuillé, décès, perte",
    },
    "chronic-stress": {"en": "stressed, overwhelmed, pressure", "fr": "stressé, débordé, pression"},
    "burnout": {
        "en": "burned out, exhaustion, exhausted",
        "fr": "épuisement professionnel, épuisé",
    },
    "panic": {"en": "panic attacks, panicky", "fr": "crises de panique, attaque de panique"},
    "social-anxiety": {"en": "shy, shyness, social phobia", "fr": "timidité, phobie sociale"},
    "ocd": {
        "en": "obsessive, compulsive, intrusive thoughts, rituals",
        "fr": "TOC, obsessions, compulsions, pensées intrusives",
    },
    "eating-concerns": {
        "en": "eating disorder, anorexia, bulimia, binge eating",
        "fr": "trouble alimentaire, anorexie, boulimie, hyperphagie",
    },
    "body-image": {"en": "appearance, weight", "fr": "apparence, poids"},
    "low-self-esteem": {
        "en": "confidence, self-worth, insecure",
        "fr": "confiance en soi, estime de soi",
    },
    "anger": {"en": "angry, rage, irritability, temper", "fr": "colère, rage, irritabilité"},
    "life-transitions": {
        "en": "change, moving, retirement, new job",
        "fr": "changement, déménagement, retraite",
    },
    "parenting": {
        "en": "parent, children, kids, mother, father",
        "fr": "parent, enfants, mère, père",
    },
    "family-conflict": {"en": "family, conflict, siblings", "fr": "famille, conflit, fratrie"},
    "loneliness": {"en": "lonely, isolation, isolated", "fr": "seul, seule, isolement"},
    "sleep-problems": {"en": "insomnia, sleep, nightmares", "fr": "insomnie, sommeil, cauchemars"},
    "chronic-pain-and-illness": {
        "en": "pain, illness, chronic disease",
        "fr": "douleur, maladie chronique",
    },
    "work-stress": {"en": "job, workplace, career", "fr": "emploi, milieu de travail, carrière"},
    "gender-and-sexual-identity": {
        "en": "LGBTQ, gay, lesbian, bisexual, trans, queer, coming out",
        "fr": "LGBTQ, gai, lesbienne, bisexuel, trans, queer, sortie du placard",
    },
    "perinatal-mental-health": {
        "en": "postpartum, pregnancy, new parent, perinatal",
        "fr": "post-partum, grossesse, nouveau parent",
    },
    "adhd": {
        "en": "attention, focus, distracted, hyperactive",
        "fr": "TDAH, attention, concentration",
    },
    "suicidal-thoughts": {"en": "suicide, suicidal", "fr": "suicide, idées suicidaires"},
    "emotional-regulation": {
        "en": "emotions, mood swings, overwhelmed",
        "fr": "émotions, sautes d'humeur",
    },
    "attachment": {"en": "attachment style, abandonment", "fr": "style d'attachement, abandon"},
    "infertility": {
        "en": "fertility, IVF, trying to conceive",
        "fr": "fertilité, FIV, procréation",
    },
    "racial-trauma": {"en": "racism, discrimination", "fr": "racisme, discrimination"},
    "cultural-identity-and-migration": {
        "en": "immigration, immigrant, refugee, newcomer, culture",
        "fr": "immigration, immigrant, réfugié, nouvel arrivant, culture",
    },
    "compassion-based": {
        "en": "compassion, self-compassion, kindness",
        "fr": "compassion, autocompassion, bienveillance",
    },
    "compassion-focused-therapy": {
        "en": "CFT, compassion, self-compassion, compassionate mind",
        "fr": "CFT, autocompassion, esprit compatissant",
    },
    "acceptance-and-commitment-therapy": {
        "en": "ACT, acceptance, values",
        "fr": "ACT, acceptation, engagement, valeurs",
    },
    "mindfulness-based-cognitive-therapy": {
        "en": "MBCT, mindfulness, meditation",
        "fr": "MBCT, pleine conscience, méditation",
    },
    "mindfulness-based-stress-reduction": {
        "en": "MBSR, mindfulness, meditation, stress",
        "fr": "MBSR, pleine conscience, méditation",
    },
    "dialectical-behaviour-therapy": {
        "en": "DBT, dialectical behavior therapy, skills group",
        "fr": "TCD, thérapie comportementale dialectique",
    },
    "person-centred": {
        "en": "person-centered, client-centred, humanistic, Rogers",
        "fr": "humaniste, Rogers, approche centrée sur la personne",
    },
    "mindfulness-based": {
        "en": "mindfulness, meditation, present moment",
        "fr": "pleine conscience, méditation",
    },
    "cognitive-behavioural-therapy": {
        "en": "CBT, cognitive behavioral therapy, thoughts",
        "fr": "TCC, thérapie cognitivo-comportementale",
    },
    "emotion-focused-therapy": {"en": "EFT, emotionally focused, emotions", "fr": "TCE, émotions"},
    "psychodynamic": {
        "en": "psychoanalytic, insight, unconscious",
        "fr": "psychanalytique, inconscient",
    },
    "emdr": {"en": "EMDR, eye movement, trauma", "fr": "EMDR, mouvements oculaires, trauma"},
    "internal-family-systems": {
        "en": "IFS, parts work, parts",
        "fr": "IFS, parties, travail des parties",
    },
    "narrative-therapy": {"en": "narrative, stories, story", "fr": "narrative, récit, histoire"},
    "solution-focused": {
        "en": "SFBT, brief therapy, solutions, goals",
        "fr": "thérapie brève, solutions, objectifs",
    },
    "gottman-method": {"en": "Gottman, couples, marriage", "fr": "Gottman, couple, mariage"},
}
