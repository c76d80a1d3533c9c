use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
struct Pair<T> {
    left: T,
    right: T,
}

#[derive(Debug)]
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Debug)]
struct Wrapper<'a, K, V> {
    name: &'a str,
    map: BTreeMap<K, V>,
    unit: (),
    nothing: Option<K>,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Tuple3(i32, &'static str, f32);

impl<T: std::fmt::Debug> Tree<T> {
    fn depth(&self) -> usize {
        match self {
            Tree::Leaf(_) => 1,
            Tree::Node(a, b) => 1 + a.depth().max(b.depth()),
            Tree::Empty => 0,
        }
    }
}

fn main() {
    let p = Pair { left: 1.5, right: -0.0 };
    println!("{:?}", p);
    let q = Pair { left: "a", right: "b\"c" };
    println!("{:?}", q);
    println!("{:#?}", Pair { left: Some(1), right: None });
    let t = Tree::Node(Box::new(Tree::Leaf('x')), Box::new(Tree::Node(Box::new(Tree::Empty), Box::new(Tree::Leaf('y')))));
    println!("{:?}", t);
    println!("depth {}", t.depth());
    let mut cards = vec![
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 2, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Clubs },
        Card { rank: 2, suit: Suit::Diamonds },
    ];
    cards.sort();
    println!("{:?}", cards);
    cards.sort_by(|a, b| b.suit.cmp(&a.suit).then(a.rank.cmp(&b.rank)));
    println!("{:?}", cards.iter().map(|c| c.suit).collect::<Vec<_>>());
    println!("{:?}", Suit::Clubs < Suit::Spades);
    println!("{:?}", (Suit::Hearts, 3) > (Suit::Hearts, 2));
    println!("{:?}", cards.iter().max());
    let mut m = BTreeMap::new();
    m.insert("k", vec![1, 2]);
    let w = Wrapper { name: "w", map: m, unit: (), nothing: None };
    println!("{:?}", w);
    println!("{:#?}", w);
    println!("{:?} {:?}", Unit, Tuple3(-1, "t", 2.5));
    println!("{:#?}", Tuple3(0, "", 1.0));
}
