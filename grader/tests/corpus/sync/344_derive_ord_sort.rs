use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Token {
    Num(i64),
    Word(String),
    Pair(i32, i32),
    End,
}

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Reading {
    value: f64,
    label: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Person {
    last: String,
    first: String,
    age: u32,
}

fn main() {
    let mut lv = vec![Level::High, Level::Low, Level::Mid, Level::Low];
    lv.sort();
    println!("{:?}", lv);
    println!("{:?} {}", Level::Low.cmp(&Level::High), Level::Mid as i32);
    println!("{:?}", lv.iter().max());
    let mut toks = vec![
        Token::End,
        Token::Word("b".into()),
        Token::Pair(1, 2),
        Token::Num(7),
        Token::Word("a".into()),
        Token::Num(-3),
        Token::Pair(1, -2),
    ];
    toks.sort();
    println!("{:?}", toks);
    println!("{}", Token::Num(100) < Token::Word(String::new()));
    let rs = [Reading { value: 1.0, label: "a" }, Reading { value: f64::NAN, label: "b" }];
    println!("{:?}", rs[0].partial_cmp(&Reading { value: 1.0, label: "b" }));
    let mut people = vec![
        Person { last: "Doe".into(), first: "Jane".into(), age: 30 },
        Person { last: "Doe".into(), first: "Adam".into(), age: 40 },
        Person { last: "Ash".into(), first: "Zed".into(), age: 20 },
        Person { last: "Doe".into(), first: "Adam".into(), age: 25 },
    ];
    people.sort();
    for p in &people {
        println!("{} {} {}", p.last, p.first, p.age);
    }
    people.sort_by_key(|p| p.age / 10);
    println!("{:?}", people.iter().map(|p| p.age).collect::<Vec<_>>());
    people.sort_by(|a, b| b.first.cmp(&a.first).then(a.age.cmp(&b.age)));
    println!("{:?}", people.iter().map(|p| (&p.first[..], p.age)).collect::<Vec<_>>());
    let mut words = vec!["bb", "a", "dd", "c", "aa", "b"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    println!("{:?}", words);
    words.sort_unstable();
    println!("{:?}", words);
    let mut nums = vec![3, 1, 4, 1, 5, 9, 2, 6];
    nums.sort_by(|a, b| b.cmp(a));
    println!("{:?}", nums);
    let mut fl = vec![2.5, -1.0, 0.0, -0.0, 10.0];
    fl.sort_by(|a: &f64, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    fl.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", fl);
    println!("{:?}", (1, "b").cmp(&(1, "a")));
    println!("{:?}", [1, 2, 3][..].cmp(&[1, 2][..]));
    println!("{:?}", vec![2].partial_cmp(&vec![1, 5]));
    println!("{:?}", Some(0).cmp(&None));
    println!("{:?}", Ok::<i32, i32>(5).cmp(&Err(0)));
    println!("{:?} {:?}", 3.max(7), "x".min("abc"));
    println!("{:?}", Ordering::Less.reverse());
    println!("{:?}", Ordering::Equal.then_with(|| 2.cmp(&1)));
    println!("{}", 5.clamp(1, 3));
    let set: BTreeSet<Token> = toks.into_iter().collect();
    println!("{:?}", set.iter().next());
    println!("{:?}", set.range(Token::Num(0)..Token::Pair(0, 0)).collect::<Vec<_>>());
    println!("{:?}", (true, false) < (true, true));
    println!("{:?}", 'Z' < 'a');
    println!("{:?}", "10" < "9");
}
