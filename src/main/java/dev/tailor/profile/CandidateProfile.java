package dev.tailor.profile;

import dev.tailor.analysis.Seniority;
import java.util.List;

/**
 * The candidate: who they are and what they really did. Every claim in a letter comes from here.
 *
 * @param name          full name
 * @param email         e-mail address
 * @param phone         phone number, or null
 * @param location      where the candidate lives, or null
 * @param links         profile links (GitHub, portfolio), possibly empty
 * @param seniority     the level the candidate works at
 * @param years         years of professional experience
 * @param skills        everything the candidate can honestly claim
 * @param achievements  quantified achievements, in the order the person wrote them
 * @param collaboration sentences about teamwork, mentoring and reviews, possibly empty
 * @param nextStep      the conversation the candidate proposes, or null for the default
 */
public record CandidateProfile(
        String name,
        String email,
        String phone,
        String location,
        List<String> links,
        Seniority seniority,
        int years,
        List<String> skills,
        List<Achievement> achievements,
        List<String> collaboration,
        String nextStep) {

    public CandidateProfile {
        links = List.copyOf(links);
        skills = List.copyOf(skills);
        achievements = List.copyOf(achievements);
        collaboration = List.copyOf(collaboration);
    }
}
