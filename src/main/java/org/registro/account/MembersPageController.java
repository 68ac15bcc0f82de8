package org.registro.account;


import org.registro.security.OrgRole;
import org.registro.security.Permissions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /manage/publishers/{id}/members}: an organization's admins (and coordinators, sysadmins) add people, change roles, remove them. */
@Controller
@RequestMapping("/manage/publishers/{id}/members")
class MembersPageController {

	private final MemberService members;

	private final AccountService accounts;

	private final Permissions permissions;

	MembersPageController(MemberService members, AccountService accounts, Permissions permissions) {
		this.members = members;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@GetMapping
	ModelAndView list(@PathVariable String id) {
		check(id);
		return page(id);
	}

	@PostMapping
	ModelAndView add(@PathVariable String id, @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role,
			RedirectAttributes redirect) {
		check(id);
		if (accounts.find(username).isEmpty()) {
			return Forms.invalid(page(id), "username", "members.error.unknown").addObject("username", username);
		}
		return setRole(id, username, role, redirect);
	}

	@PostMapping("/{username}")
	ModelAndView change(@PathVariable String id, @PathVariable String username, @RequestParam(defaultValue = "") String role,
			RedirectAttributes redirect) {
		check(id);
		return setRole(id, username, role, redirect);
	}

	@PostMapping("/{username}/remove")
	ModelAndView remove(@PathVariable String id, @PathVariable String username, RedirectAttributes redirect) {
		check(id);
		members.remove(id, username);
		redirect.addFlashAttribute("notice", "members.notice.removed");
		return new ModelAndView("redirect:/manage/publishers/" + id + "/members");
	}

	private ModelAndView setRole(String id, String username, String role, RedirectAttributes redirect) {
		OrgRole parsed;
		try {
			parsed = OrgRole.ofToken(role);
		}
		catch (IllegalArgumentException ex) {
			return Forms.invalid(page(id), "role", "account.error.role");
		}
		members.setRole(id, username, parsed);
		redirect.addFlashAttribute("notice", "members.notice.saved");
		return new ModelAndView("redirect:/manage/publishers/" + id + "/members");
	}

	private void check(String id) {
		members.requireManager(permissions.current(), id);
	}

	private ModelAndView page(String id) {
		return new ModelAndView("account/members").addObject("publisherId", id)
			.addObject("members", members.members(id))
			.addObject("roles", OrgRole.values())
			.addObject("path", "/manage/publishers/" + id + "/members");
	}

}
