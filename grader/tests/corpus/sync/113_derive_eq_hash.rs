use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Card {
    rank: u8,
    suit: Suit,
}

fn main() {
    let a = Card { rank: 12, suit: Suit::Hearts };
    let b = Card { rank: 12, suit: Suit::Hearts };
    let c = Card { rank: 3, suit: Suit::Spades };
    println!("{} {} {}", a == b, a == c, a != c);
    let mut seen = HashSet::new();
    for card in [a.clone(), b.clone(), c.clone()] {
        println!("insert {:?}: {}", card, seen.insert(card.clone()));
    }
    println!("{} unique", seen.len());
    let mut by_suit: HashMap<Suit, Vec<u8>> = HashMap::new();
    for card in [a, c, Card { rank: 1, suit: Suit::Spades }] {
        by_suit.entry(card.suit).or_default().push(card.rank);
    }
    let mut keys: Vec<&Suit> = by_suit.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:?}: {:?}", k, by_suit[k]);
    }
    println!("{}", Suit::Clubs < Suit::Spades);
    println!("{:?}", [Suit::Hearts, Suit::Clubs, Suit::Diamonds].iter().max());
    println!("{}", 1.0f64 == 1.0 && f64::NAN != f64::NAN);
}
