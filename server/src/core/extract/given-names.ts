// Common given names written in Latin script, across the places infra engineers come from.
// A capitalised pair of words is much more likely a person when the first is a given name;
// without one, a name needs other evidence (an organisation, a handle, a dash after a title).
const NAMES = `
aaron abby abigail adam adrian ahmed aiden aisha alan albert alberto alejandro aleksandr alex alexa alexander alexandra alexei alexis alfredo ali alice alicia alina alison allison amanda amara amber amelia amir amit amy ana anastasia anders andre andrea andreas andrei andres andrew andrzej andy angela angelo anil anita anjali ankit ann anna anne annie anthony antoine anton antonio anya arjun arnav arne aron arthur arun asha ashley astrid aurora austin ava avery ayaan ayesha ayse ayşe
barbara bart ben benjamin bernard beth bill bjorn björn blake bob bogdan boris brad bradley bram brandon brenda brendan brian bridget brooke bruce bruno bryan
caleb cameron camila camille carl carla carlos carmen carol caroline casey catherine cecilia cedric charles charlie charlotte chen cheng chidi chloe chris christian christina christine christopher chuck claire clara claudia colin connor craig cristina
dakota dale damian dan daniel daniela danielle danny dario dave david dean deepak deepika denis dennis derek diana diego dmitri dmitry dominic donald donna doug douglas drew duncan dylan
ed eddie edgar eduardo edward eileen elena eli elif elijah elisa elizabeth ella ellen elliot emily emma emil emilia emily emmanuel emre eric erik erin ethan eugene eva evan evelyn
fabian fabio farah fatima federico felix fernando filip finley finn fiona florian francesca francesco francis francisco frank franz fred freya frida
gabriel gabriela gary gautam gavin george georgia gerald gianluca gina giovanni giulia glen glenn grace graham grant greg gregory guillaume gustavo
hamza hana hannah hans hao harold harper harry haruto hassan hayden heather heidi helen helena henrik henry hiroshi holly hugo hyun
ian ibrahim igor ilya ines ingrid irene isaac isabel isabella isabelle ivan
jack jacob jade jake james jamie jan jane janet jared jason javier jay jean jeff jeffrey jen jennifer jenny jeremy jerry jess jessica ji jia jian jiho jihoon jin jing joan joao joe joel johan johannes john jon jonas jonathan jordan jorge jose josé joseph josh joshua juan julia julian julie julien jun junho justin
kai kaito kamal karen karl karthik kasia kate katarzyna katherine kathryn katie kavya keith kelly kelsey ken kenji kenneth kevin khalid kim kirill kristen kumar kwame kyle
lakshmi lars laura lauren lea leah lei lena leo leon leonardo lewis li liam lily lin linda lisa liu logan lorenzo louis louise luca lucas lucia lucy luis luiz luka lukas luke
madison magnus maja manuel marc marcel marco marcus margaret maria mariana marie marina mario mark marta martin mary mason mateo mathias matt matteo matthew max maxim maya megan mehmet mei melissa mia michael michal michelle miguel mikael mike mikhail min mina minh minjae mohamed mohammed morgan
nadia nancy naoki naomi natalia natalie nathan neha neil nick nicolas nicole niels nikhil nikita nikolai nils nina noah noor nora
oleg olga oliver olivia omar oscar oskar owen
pablo pamela paolo parker patricia patrick paul paula pavel pedro peter petra peyton philip philipp pierre piotr pooja prakash pranav priya priyanka
quinn
rachel rafael rahul raj rajesh ralph ramon raul ravi rebecca reese ren rhys ricardo richard rick riley rita rob robert roberto robin rodrigo rohan roman ron rosa rose ross rowan roy ruby rui ruth ryan
sabrina sachin sage sakura sally sam samantha samir samuel sandra sanjay sara sarah sasha satoshi scott sean sebastian sergei sergey seth shane shannon sharon shaun shawn shin shirley shota shreya simon simone siddharth skyler sofia sophia sophie soren sören stefan stefano stella stephanie stephen steve steven sudhir sumit sun sunil susan suzanne sven sylvia
takeshi takumi tanya taro taylor ted teresa thiago thomas tim timothy tina tobias todd tom tomas tomasz tommy tony tracy travis trevor tyler
valentina valeria vanessa varun vera veronica victor victoria vijay vikram vincent viktor vivek vladimir
walter wei wen wendy will william wojciech
xavier xin xu
yan yang yasmin yi yong yuki yuko yuna yusuf yuto yuya yves
zach zachary zara zhang zoe zoë zoltan
akira aiko haruka hina kenta kouki makoto mao miki nanami riku ryo ryota sho sora tatsuya yui yusuke daiki kazuki
minsu minseo jiwoo seoyeon jiyeon eunji hyunwoo jisoo sungmin yeji doyoon seojun hajun
dana theo nia lotte femke pim guus joris kirsten bartosz mireille pieter anouk sofie ramona anika aditi ananya aryan ishaan vihaan reyansh saanvi diya riya kiara myra zoya aarav advik atharv dhruv kabir krishna neel omkar parth rudra shaurya tanvi vedant yash aadhya navya prisha chinedu chioma emeka ngozi obinna adaeze kofi kwabena akosua abena tunde femi seun yemi zainab amina aliyu sipho thabo lerato nomvula zanele bongani thandiwe tariq karim layla yara rania salma youssef mariam ziad bilal imran asif farhan fatma zeynep burak deniz mert ozan selin aylin kaan irem ilker mateus vinicius larissa leticia beatriz bruna caio felipe isadora juliana lorena rafaela renata tatiana xiomara alejandra andrés camilo catalina esteban gonzalo ignacio jimena joaquín lucía martina matías nicolás sebastián sofía tomás ximena agnieszka małgorzata krzysztof łukasz marek paweł zofia jakub ondřej petr jiří lenka tereza zuzana dusan ioana mihai radu vlad irina oksana olena taras yulia dmytro artem anastasiia sergii mykola hanne ingeborg sigrid solveig gunnar leif bjørn torstein eirik karin linnea ebba elsa alva agnes axel ludvig viggo freja ida karla lina mats merle niklas johanna jannik maarten sanne daan thijs ruben jeroen lieke joost koen wouter ilse marloes fleur romy tess jesse luuk
jakob matthias moritz katarina mateusz jurgen jürgen janne mikko aleksi
ming ling hui jie fang qiang tao jun ting hua ping yun qing feng zhen lan xiaoming xiaoyu haoran zihan yuxuan
`;

const GIVEN = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when the word is a common given name ("Min-jae" and "Minjae" both count). */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return GIVEN.has(w) || GIVEN.has(w.replace(/[-'’]/g, ''));
}
