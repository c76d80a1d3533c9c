use std::cmp::Ordering;
use std::collections::{BTreeSet, HashSet};
use std::iter::Sum;
use std::ops::Add;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |a, b| a + b)
    }
}

impl FromStr for Money {
    type Err = String;
    fn from_str(s: &str) -> Result<Money, String> {
        let (d, c) = s.split_once('.').ok_or(format!("no dot in {:?}", s))?;
        let d: i64 = d.parse().map_err(|e| format!("{}", e))?;
        let c: i64 = c.parse().map_err(|e| format!("{}", e))?;
        Ok(Money { cents: d * 100 + c })
    }
}

#[derive(Debug, PartialEq, Eq, Hash, Clone)]
struct Player {
    name: String,
    score: u32,
}

impl Ord for Player {
    fn cmp(&self, other: &Self) -> Ordering {
        other.score.cmp(&self.score).then_with(|| self.name.cmp(&other.name))
    }
}
impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let ms: Vec<Money> = ["1.50", "2.25", "0.05"].iter().map(|s| s.parse().unwrap()).collect();
    let total: Money = ms.iter().copied().sum();
    println!("{:?}", total);
    println!("{:?}", "abc".parse::<Money>());
    println!("{:?}", "3.x".parse::<Money>());
    println!("{:?}", Money::from_str("10.01"));
    let mut ps = vec![
        Player { name: "bo".into(), score: 5 },
        Player { name: "al".into(), score: 9 },
        Player { name: "cy".into(), score: 5 },
    ];
    ps.sort();
    println!("{:?}", ps.iter().map(|p| &p.name).collect::<Vec<_>>());
    println!("{:?}", ps.iter().max().map(|p| &p.name));
    println!("{:?}", ps[0].cmp(&ps[1]));
    let set: BTreeSet<Player> = ps.iter().cloned().collect();
    println!("{:?}", set.iter().next());
    let mut seen = HashSet::new();
    let dup = Player { name: "al".into(), score: 9 };
    println!("{} {}", seen.insert(dup.clone()), seen.insert(dup));
    println!("{}", ps[1] > ps[2]);
}
